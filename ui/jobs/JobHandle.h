// The UI side of one running engine job: its state, progress and outcome, as Qt
// signals delivered on the UI thread. Created by JobRunner; cancel() may be called
// at any time from the UI thread.
#pragma once

#include "core/JobProgress.h"

#include <QElapsedTimer>
#include <QObject>
#include <QString>

#include <any>
#include <stop_token>

class JobHandle : public QObject {
    Q_OBJECT
public:
    enum class State { Running, Succeeded, Cancelled, Failed };
    Q_ENUM(State)

    JobHandle(const QString& title, QObject* parent = nullptr);

    QString title() const { return m_title; }
    State state() const { return m_state; }
    bool isFinished() const { return m_state != State::Running; }
    double fraction() const { return m_fraction; }
    QString message() const { return m_message; }
    QString error() const { return m_error; }
    qint64 elapsedMilliseconds() const;
    const std::any& result() const { return m_result; }
    bool cancelRequested() const { return m_stop.stop_requested(); }

    std::stop_token stopToken() const { return m_stop.get_token(); }

public Q_SLOTS:
    void cancel();

Q_SIGNALS:
    void progressChanged(double fraction, const QString& message);
    void partialResult(const std::any& partial);
    // Exactly one of these is emitted, once, then finished().
    void succeeded(const std::any& result);
    void cancelled();
    void failed(const QString& error);
    void finished();

private:
    friend class JobRunner;
    void deliverProgress(const lengua::JobProgress& progress);
    void deliverPartial(const std::any& partial);
    void deliverSucceeded(std::any result);
    void deliverCancelled();
    void deliverFailed(const QString& error);

    QString m_title;
    State m_state = State::Running;
    double m_fraction = 0.0;
    QString m_message;
    QString m_error;
    std::any m_result;
    std::stop_source m_stop;
    QElapsedTimer m_clock;
    qint64 m_finishedAfter = -1;
};
