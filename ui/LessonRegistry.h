// The one place where lessons are listed, in course order. Each later issue adds
// its panel here; only panels that exist are listed.
#pragma once

#include <QString>

#include <functional>
#include <vector>

class CorpusImporter;
class JobRunner;
class LessonPanel;
class QWidget;
class Workspace;

struct LessonContext {
    Workspace& workspace;
    JobRunner& jobs;
    CorpusImporter& importer;
};

struct Lesson {
    QString id;                             // stable, used by --panel and QSettings: "corpus"
    std::function<QString()> title;         // translated at call time
    std::function<QString()> summary;       // one line for the navigator's tooltip
    QString iconName;                       // freedesktop theme icon name
    std::function<LessonPanel*(LessonContext&, QWidget*)> create;
};

class LessonRegistry {
public:
    static const std::vector<Lesson>& lessons();
    static const Lesson* find(const QString& id);
};
