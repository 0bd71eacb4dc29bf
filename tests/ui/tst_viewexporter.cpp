// ViewExporter: CSV quoting by RFC 4180 (worked out by hand), UTF-8 output, a PNG
// at twice the widget's size and an SVG that holds drawing commands.
#include "widgets/ViewExporter.h"

#include <QFile>
#include <QImage>
#include <QLabel>
#include <QStandardItemModel>
#include <QTemporaryDir>
#include <QTest>

class TestViewExporter : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void csvFieldQuotesOnlyWhenNeeded()
    {
        QCOMPARE(ViewExporter::csvField(QStringLiteral("banco")), QStringLiteral("banco"));
        QCOMPARE(ViewExporter::csvField(QString()), QString());
        QCOMPARE(ViewExporter::csvField(QStringLiteral("a,b")), QStringLiteral("\"a,b\""));
        QCOMPARE(ViewExporter::csvField(QStringLiteral("dijo \"hola\"")),
                 QStringLiteral("\"dijo \"\"hola\"\"\""));
        QCOMPARE(ViewExporter::csvField(QStringLiteral("two\nlines")),
                 QStringLiteral("\"two\nlines\""));
        QCOMPARE(ViewExporter::csvField(QStringLiteral("cr\r")), QStringLiteral("\"cr\r\""));
    }

    void writeCsvWritesHeaderAndRowsInUtf8()
    {
        QStandardItemModel model(2, 2);
        model.setHorizontalHeaderLabels({QStringLiteral("Palabra"), QStringLiteral("Año, mes")});
        model.setItem(0, 0, new QStandardItem(QStringLiteral("señorial")));
        model.setItem(0, 1, new QStandardItem(QStringLiteral("12")));
        model.setItem(1, 0, new QStandardItem(QStringLiteral("\"banco\"")));
        model.setItem(1, 1, new QStandardItem(QStringLiteral("a\nb")));
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("t.csv"));
        QString error;
        QVERIFY2(ViewExporter::writeCsv(&model, path, &error), qPrintable(error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray expected = "Palabra,\"A\xc3\xb1o, mes\"\r\n"
                                    "se\xc3\xb1orial,12\r\n"
                                    "\"\"\"banco\"\"\",\"a\nb\"\r\n";
        QCOMPARE(file.readAll(), expected);
    }

    void writeCsvReportsAnUnwritablePath()
    {
        QStandardItemModel model(1, 1);
        QString error;
        QVERIFY(!ViewExporter::writeCsv(&model, QStringLiteral("/nonexistent-lengua/x.csv"),
                                        &error));
        QVERIFY(error.contains(QStringLiteral("x.csv")));
        QVERIFY(!ViewExporter::writeCsv(nullptr, QStringLiteral("/tmp/x.csv"), &error));
    }

    void writePngIsTwiceTheSize()
    {
        QLabel label(QStringLiteral("Zipf"));
        label.resize(120, 40);
        label.show();
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("l.png"));
        QString error;
        QVERIFY2(ViewExporter::writePng(&label, path, &error), qPrintable(error));
        const QImage image(path);
        QCOMPARE(image.size(), QSize(240, 80));
        QVERIFY(!ViewExporter::writePng(&label, QStringLiteral("/nonexistent-lengua/l.png"), &error));
        QVERIFY(error.contains(QStringLiteral("l.png")));
    }

    void writeSvgHoldsTheDrawing()
    {
        QLabel label(QStringLiteral("Zipf"));
        label.resize(120, 40);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("l.svg"));
        QString error;
        QVERIFY2(ViewExporter::writeSvg(&label, path, &error), qPrintable(error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray svg = file.readAll();
        QVERIFY(svg.contains("<svg"));
        QVERIFY(svg.contains("viewBox=\"0 0 120 40\""));
        QVERIFY(svg.contains("Zipf")); // the label's text is drawn as text
    }
};

QTEST_MAIN(TestViewExporter)
#include "tst_viewexporter.moc"
