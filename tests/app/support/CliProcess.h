// Runs one of the programs as a user runs them and reads its JSON answer, for the
// tests/app suites; writes their input files.
#pragma once

#include <QByteArray>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QtTest/QtTest>

struct Run {
    int exitCode = -1; // -1: it crashed or did not finish in time
    QByteArray out;
    QByteArray err;
};

inline Run runProcess(const QString& program, const QStringList& arguments, int timeoutMs = 60000)
{
    QProcess process;
    process.start(program, arguments);
    Run result;
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

// The JSON object the text holds; empty when it is not one (or not JSON at all).
inline QJsonObject parseObject(const QByteArray& text)
{
    const QJsonDocument document = QJsonDocument::fromJson(text);
    return document.isObject() ? document.object() : QJsonObject();
}

// Writes the bytes to the file `name` in dir and returns its path; stops the test program
// when it cannot.
inline QString writeFile(const QTemporaryDir& dir, const QString& name, const QByteArray& bytes)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    file.write(bytes);
    return path;
}

// Fails the test unless the run printed {"error": ...} on stderr (and nothing on stdout)
// with the given exit code and a message containing `fragment`.
inline void expectError(const Run& r, const QString& fragment, int exitCode = 1)
{
    QCOMPARE(r.exitCode, exitCode);
    QVERIFY(r.out.isEmpty());
    const QString message = parseObject(r.err).value("error").toString();
    QVERIFY2(message.contains(fragment), qPrintable(QString::fromUtf8(r.err)));
}
