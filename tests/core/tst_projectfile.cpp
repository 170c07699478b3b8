// SPDX-FileCopyrightText: 2026 The Galley authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Tests of ProjectFile (the .galley format), Autosave and RecoveryStore on real pages: a save/open round
// trip gives back the same document, fields of newer versions survive a re-save, older versions migrate,
// and every failure (unreadable, damaged, newer-format, no permission, disk full) is reported with the
// file name while nothing half-written is left behind.
#include "edit/CorrectTextCommand.h"
#include "edit/SetReviewStatusCommand.h"
#include "import/DocumentImporter.h"
#include "import/TextImporter.h"
#include "project/Autosave.h"
#include "project/ProjectFile.h"
#include "project/RecoveryStore.h"
#include "io/SafeWrite.h"
#include "support/FullDisk.h"
#include "segment/Segmenter.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/resource.h>
#include <unistd.h>

using namespace galley;

namespace {

std::unique_ptr<ReviewDocument> importDocument(const QString &path)
{
    ImportResult imported = TextImporter::importFile(path);
    if (!imported.ok() || imported.pages.isEmpty())
        return nullptr;
    Page page = imported.pages.first();
    Segmentation seg = Segmenter::segment(page);
    return std::make_unique<ReviewDocument>(std::move(page), std::move(seg));
}

std::unique_ptr<ReviewDocument> documentFromText(const QString &text, const QString &name)
{
    Page page = TextImporter::pageFromText(text, name);
    Segmentation seg = Segmenter::segment(page);
    return std::make_unique<ReviewDocument>(std::move(page), std::move(seg));
}

// An editor's session: corrections, statuses, a note and a resolved flag.
void editLikeAnEditor(ReviewDocument &doc)
{
    const Segmentation &seg = doc.segmentation();
    QVERIFY(!seg.articles.isEmpty());
    const Piece &first = seg.articles.first().pieces.first();
    doc.undoStack()->push(new CorrectTextCommand(&doc, first.id, doc.pieceText(first.id) + QStringLiteral(" (corrected)")));
    const Article &last = doc.segmentation().articles.last();
    doc.undoStack()->push(new CorrectTextCommand(&doc, last.pieces.last().id, QStringLiteral("改正后的文字 «quoted» 𠀀")));
    doc.undoStack()->push(new SetReviewStatusCommand(&doc, {seg.articles.first().id}, ReviewStatus::Done));
    Segmentation edited = doc.segmentation();
    edited.articles.last().note = QStringLiteral("Check the figure with the desk.\n第二行");
    edited.articles.last().status = ReviewStatus::InReview;
    edited.articles.first().flags.append(Flag{first.id, QStringLiteral("open-end"), QStringLiteral("test flag"), true});
    doc.setSegmentation(edited);
}

void compareDocuments(const ReviewDocument &a, const ReviewDocument &b)
{
    QCOMPARE(b.page().text(), a.page().text());
    QCOMPARE(b.page().sha256(), a.page().sha256());
    QCOMPARE(b.page().sourcePath(), a.page().sourcePath());
    QCOMPARE(b.page().encoding(), a.page().encoding());
    QCOMPARE(b.page().pageNumber(), a.page().pageNumber());
    QCOMPARE(b.page().sourceByteOffset(), a.page().sourceByteOffset());
    QCOMPARE(b.page().warnings(), a.page().warnings());
    QCOMPARE(b.page().blocks().size(), a.page().blocks().size());
    for (int i = 0; i < a.page().blocks().size(); ++i) {
        const Block &x = a.page().blocks()[i];
        const Block &y = b.page().blocks()[i];
        QCOMPARE(y.number, x.number);
        QCOMPARE(y.span, x.span);
        QCOMPARE(y.role, x.role);
        QCOMPARE(y.confidence, x.confidence);
        QCOMPARE(y.reasons, x.reasons);
    }
    QVERIFY(b.segmentation() == a.segmentation());
    QCOMPARE(b.corrections(), a.corrections());
    for (const Article &article : a.segmentation().articles)
        for (const Piece &p : article.pieces)
            QCOMPARE(b.pieceText(p.id), a.pieceText(p.id));
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QJsonObject readJson(const QString &path)
{
    return QJsonDocument::fromJson(readAll(path)).object();
}

void writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(f.write(bytes), bytes.size());
}

void writeJson(const QString &path, const QJsonObject &o)
{
    writeBytes(path, QJsonDocument(o).toJson());
}

// Root passes every permission check; to test them the test drops to the "nobody" user for a while.
class Unprivileged {
public:
    Unprivileged()
    {
        if (geteuid() != 0)
            return;
        m_active = setegid(65534) == 0 && seteuid(65534) == 0;
    }
    ~Unprivileged()
    {
        if (m_active) {
            [[maybe_unused]] const int u = seteuid(0);
            [[maybe_unused]] const int g = setegid(0);
        }
    }
    bool ok() const { return m_active || geteuid() != 0; }

private:
    bool m_active = false;
};

QStringList filesIn(const QString &dir)
{
    return QDir(dir).entryList(QDir::Files | QDir::Hidden | QDir::System);
}

} // namespace

class TestProjectFile : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void roundTrip_data();
    void roundTrip();
    void offsetsCountCodePoints();
    void newerVersionFieldsKept();
    void newerIncompatibleVersionRefused();
    void olderVersionMigrates();
    void damagedFileRefused_data();
    void damagedFileRefused();
    void unreadableFileRefused_data();
    void unreadableFileRefused();
    void failedSaveLeavesOldFile_data();
    void failedSaveLeavesOldFile();
    void diskFullLeavesOldFile();
    void smallProjectOnAFullDisk();
    void everySaveStepCanFail_data();
    void everySaveStepCanFail();
    void changedSourceIsReported();
    void isProjectFile();
    void autosaveWritesAndRemovesRecovery();
    void recoveryKeptAfterUncleanEnd();
    void autosaveFailureIsReported();
    void twoEditorsOfOnePageKeepSeparateRecoveryFiles();
    void geometryRoundTrip_data();
    void geometryRoundTrip();
    void projectWithoutGeometryIsATextPage();
    void damagedGeometryRefused_data();
    void damagedGeometryRefused();

private:
    QTemporaryDir m_home;
};

void TestProjectFile::initTestCase()
{
    QVERIFY(m_home.isValid());
    // Recovery files go to a throw-away data folder, never the user's.
    qputenv("XDG_DATA_HOME", m_home.filePath(QStringLiteral("data")).toUtf8());
    qputenv("XDG_CONFIG_HOME", m_home.filePath(QStringLiteral("config")).toUtf8());
    QVERIFY(RecoveryStore::directory().startsWith(m_home.path()));
}

void TestProjectFile::roundTrip_data()
{
    QTest::addColumn<QString>("page");
    QTest::newRow("seed page (Chinese daily)") << QStringLiteral(GALLEY_TEST_DATA "/seed-page.txt");
    QTest::newRow("Salt Lake Tribune 1911 (English OCR)")
        << QStringLiteral(GALLEY_SHARED_PAGES "/en-salt-lake-tribune-1911-09-17-p1.txt");
}

void TestProjectFile::roundTrip()
{
    QFETCH(QString, page);
    if (!QFileInfo::exists(page))
        QSKIP("page not available");
    auto doc = importDocument(page);
    QVERIFY(doc);
    editLikeAnEditor(*doc);
    if (QTest::currentTestFailed())
        return;

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("page.galley"));
    QString error;
    QVERIFY2(ProjectFile::save(*doc, path, &error), qPrintable(error));
    QCOMPARE(filesIn(dir.path()), QStringList{QStringLiteral("page.galley")});

    QStringList warnings;
    auto loaded = ProjectFile::load(path, &error, &warnings);
    QVERIFY2(loaded, qPrintable(error));
    QVERIFY2(warnings.isEmpty(), qPrintable(warnings.join(u'\n')));
    compareDocuments(*doc, *loaded);
    if (QTest::currentTestFailed())
        return;
    QVERIFY(!loaded->isModified());
    QCOMPARE(loaded->undoStack()->count(), 0);

    // Saving the loaded document again gives the same bytes: nothing drifts from save to save.
    const QString again = dir.filePath(QStringLiteral("again.galley"));
    QVERIFY2(ProjectFile::save(*loaded, again, &error), qPrintable(error));
    QCOMPARE(readAll(again), readAll(path));

    const QJsonObject root = readJson(path);
    QCOMPARE(root.value(QStringLiteral("format")).toString(), QStringLiteral("galley-project"));
    QCOMPARE(root.value(QStringLiteral("version")).toInt(), ProjectFile::CurrentVersion);
    const QJsonObject pageJson = root.value(QStringLiteral("page")).toObject();
    QCOMPARE(pageJson.value(QStringLiteral("source_path")).toString(), doc->page().sourcePath());
    QCOMPARE(pageJson.value(QStringLiteral("sha256")).toString().toLatin1(),
             QCryptographicHash::hash(readAll(page), QCryptographicHash::Sha256).toHex());
    QCOMPARE(pageJson.value(QStringLiteral("text")).toString(), doc->page().text());
}

void TestProjectFile::offsetsCountCodePoints()
{
    // 𠀀 (U+20000) and 😀 are two UTF-16 units each; offsets after them differ between the two counts.
    const QString text = QStringLiteral("𠀀字标题 😀\n\n本报讯 记者报道 𠀀𠀀 正文第一段。\n\n第二块 文字。\n");
    auto doc = documentFromText(text, QStringLiteral("surrogates.txt"));
    QVERIFY(doc->page().blocks().size() >= 2);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("s.galley"));
    QString error;
    QVERIFY2(ProjectFile::save(*doc, path, &error), qPrintable(error));
    const QJsonObject root = readJson(path);
    const QJsonArray blocks = root.value(QStringLiteral("page")).toObject().value(QStringLiteral("blocks")).toArray();
    const Block &second = doc->page().blocks()[1];
    QCOMPARE(blocks[1].toObject().value(QStringLiteral("start")).toInteger(),
             qint64(doc->page().codePointOffset(second.span.start)));
    QVERIFY(doc->page().codePointOffset(second.span.start) < second.span.start); // the counts do differ here
    auto loaded = ProjectFile::load(path, &error);
    QVERIFY2(loaded, qPrintable(error));
    compareDocuments(*doc, *loaded);
}

void TestProjectFile::newerVersionFieldsKept()
{
    auto doc = importDocument(QStringLiteral(GALLEY_TEST_DATA "/seed-page.txt"));
    QVERIFY(doc);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("future.galley"));
    QString error;
    QVERIFY(ProjectFile::save(*doc, path, &error));

    // What a later Galley (format 2, readable by format 1) might add.
    QJsonObject root = readJson(path);
    root.insert(QStringLiteral("version"), 2);
    root.insert(QStringLiteral("min_reader_version"), 1);
    root.insert(QStringLiteral("layout"), QJsonObject{{QStringLiteral("columns"), 6}});
    QJsonObject page = root.value(QStringLiteral("page")).toObject();
    page.insert(QStringLiteral("scan_image"), QStringLiteral("p1.tif"));
    root.insert(QStringLiteral("page"), page);
    QJsonObject seg = root.value(QStringLiteral("segmentation")).toObject();
    QJsonArray articles = seg.value(QStringLiteral("articles")).toArray();
    QVERIFY(articles.size() >= 2);
    QJsonObject a0 = articles[0].toObject();
    a0.insert(QStringLiteral("box"), QJsonArray{10, 20, 300, 400});
    QJsonArray pieces = a0.value(QStringLiteral("pieces")).toArray();
    QJsonObject p0 = pieces[0].toObject();
    p0.insert(QStringLiteral("baseline_px"), 123);
    pieces[0] = p0;
    a0.insert(QStringLiteral("pieces"), pieces);
    articles[0] = a0;
    QJsonObject aLast = articles.last().toObject();
    aLast.insert(QStringLiteral("box"), QJsonArray{1, 2, 3, 4});
    articles[articles.size() - 1] = aLast;
    seg.insert(QStringLiteral("articles"), articles);
    root.insert(QStringLiteral("segmentation"), seg);
    writeJson(path, root);

    QStringList warnings;
    auto loaded = ProjectFile::load(path, &error, &warnings);
    QVERIFY2(loaded, qPrintable(error));
    QCOMPARE(warnings.size(), 1);
    QVERIFY2(warnings.first().contains(QLatin1String("newer")) && warnings.first().contains(QLatin1String("future.galley")),
             qPrintable(warnings.first()));

    // Edit: correct the first piece, drop the last article, then save over the file.
    const int firstPiece = loaded->segmentation().articles.first().pieces.first().id;
    loaded->undoStack()->push(new CorrectTextCommand(loaded.get(), firstPiece, QStringLiteral("新标题")));
    Segmentation edited = loaded->segmentation();
    const int droppedId = edited.articles.last().id;
    edited.articles.removeLast();
    loaded->setSegmentation(edited);
    QVERIFY2(ProjectFile::save(*loaded, path, &error), qPrintable(error));

    const QJsonObject saved = readJson(path);
    QCOMPARE(saved.value(QStringLiteral("version")).toInt(), ProjectFile::CurrentVersion);
    QCOMPARE(saved.value(QStringLiteral("layout")).toObject().value(QStringLiteral("columns")).toInt(), 6);
    QCOMPARE(saved.value(QStringLiteral("page")).toObject().value(QStringLiteral("scan_image")).toString(), QStringLiteral("p1.tif"));
    const QJsonArray savedArticles = saved.value(QStringLiteral("segmentation")).toObject().value(QStringLiteral("articles")).toArray();
    QCOMPARE(savedArticles.size(), articles.size() - 1);
    const QJsonObject s0 = savedArticles[0].toObject();
    QCOMPARE(s0.value(QStringLiteral("box")).toArray(), (QJsonArray{10, 20, 300, 400}));
    QCOMPARE(s0.value(QStringLiteral("pieces")).toArray()[0].toObject().value(QStringLiteral("baseline_px")).toInt(), 123);
    for (const QJsonValue &a : savedArticles)
        QVERIFY(a.toObject().value(QStringLiteral("id")).toInt() != droppedId);
    QCOMPARE(saved.value(QStringLiteral("corrections")).toObject().value(QString::number(firstPiece)).toString(),
             QStringLiteral("新标题"));

    // And the result still opens as what the editor made.
    auto reread = ProjectFile::load(path, &error);
    QVERIFY2(reread, qPrintable(error));
    QVERIFY(reread->segmentation() == loaded->segmentation());
    QCOMPARE(reread->corrections(), loaded->corrections());
}

void TestProjectFile::newerIncompatibleVersionRefused()
{
    auto doc = importDocument(QStringLiteral(GALLEY_TEST_DATA "/seed-page.txt"));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v3.galley"));
    QString error;
    QVERIFY(ProjectFile::save(*doc, path, &error));
    QJsonObject root = readJson(path);
    root.insert(QStringLiteral("version"), 3);
    root.insert(QStringLiteral("min_reader_version"), 3);
    root.insert(QStringLiteral("generator"), QStringLiteral("Galley 3.0"));
    writeJson(path, root);
    const QByteArray before = readAll(path);

    auto loaded = ProjectFile::load(path, &error);
    QVERIFY(!loaded);
    QVERIFY2(error.contains(QLatin1String("v3.galley")) && error.contains(QLatin1String("newer"))
                 && error.contains(QLatin1String("Galley 3.0")),
             qPrintable(error));
    QCOMPARE(readAll(path), before);
}

void TestProjectFile::olderVersionMigrates()
{
    auto doc = importDocument(QStringLiteral(GALLEY_TEST_DATA "/seed-page.txt"));
    QVERIFY(doc);
    doc->undoStack()->push(new SetReviewStatusCommand(doc.get(), {doc->segmentation().articles.first().id}, ReviewStatus::Done));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.galley"));
    QString error;
    QVERIFY(ProjectFile::save(*doc, path, &error));

    // Format 0: "reviewed": true/false instead of "status", no "text_sha256".
    QJsonObject root = readJson(path);
    root.insert(QStringLiteral("version"), 0);
    root.remove(QStringLiteral("min_reader_version"));
    QJsonObject page = root.value(QStringLiteral("page")).toObject();
    page.remove(QStringLiteral("text_sha256"));
    root.insert(QStringLiteral("page"), page);
    QJsonObject seg = root.value(QStringLiteral("segmentation")).toObject();
    QJsonArray articles = seg.value(QStringLiteral("articles")).toArray();
    for (auto it = articles.begin(); it != articles.end(); ++it) {
        QJsonObject a = it->toObject();
        a.insert(QStringLiteral("reviewed"), a.take(QStringLiteral("status")).toString() == QLatin1String("done"));
        *it = a;
    }
    seg.insert(QStringLiteral("articles"), articles);
    root.insert(QStringLiteral("segmentation"), seg);
    writeJson(path, root);

    QStringList warnings;
    auto loaded = ProjectFile::load(path, &error, &warnings);
    QVERIFY2(loaded, qPrintable(error));
    QCOMPARE(loaded->segmentation().articles.first().status, ReviewStatus::Done);
    for (int i = 1; i < loaded->segmentation().articles.size(); ++i)
        QCOMPARE(loaded->segmentation().articles[i].status, ReviewStatus::Unreviewed);
    QVERIFY(loaded->segmentation() == doc->segmentation());
    QCOMPARE(warnings.size(), 1);
    QVERIFY2(warnings.first().contains(QLatin1String("format 0")), qPrintable(warnings.first()));

    // Saved again, it is format 1 and the old field is gone.
    QVERIFY(ProjectFile::save(*loaded, path, &error));
    const QJsonObject saved = readJson(path);
    QCOMPARE(saved.value(QStringLiteral("version")).toInt(), 1);
    const QJsonObject a0 = saved.value(QStringLiteral("segmentation")).toObject().value(QStringLiteral("articles")).toArray()[0].toObject();
    QVERIFY(!a0.contains(QStringLiteral("reviewed")));
    QCOMPARE(a0.value(QStringLiteral("status")).toString(), QStringLiteral("done"));
}

void TestProjectFile::damagedFileRefused_data()
{
    QTest::addColumn<QString>("damage");
    QTest::addColumn<QString>("expected"); // part of the message
    QTest::newRow("empty file") << "empty" << "empty";
    QTest::newRow("cut off in the middle") << "truncate" << "line ";
    QTest::newRow("JSON array, not an object") << "array" << "not a Galley project";
    QTest::newRow("another JSON file") << "format" << "not a Galley project";
    QTest::newRow("version is text") << "version" << "version";
    QTest::newRow("page text edited by hand") << "text" << "SHA-256";
    QTest::newRow("no page") << "nopage" << "page: missing";
    QTest::newRow("piece beyond the page") << "span" << "outside the page";
    QTest::newRow("unknown role") << "role" << "unknown role \"headlinez\"";
    QTest::newRow("piece id used twice") << "dupe" << "used twice";
    QTest::newRow("unknown status") << "status" << "unknown review status";
    QTest::newRow("start is a string") << "type" << "expected a whole number";
    // Ids are ints: 2^32 + 1 must be refused, not truncated to piece 1 (issue 7, item 7).
    QTest::newRow("piece id above 2^32") << "bigpiece" << "id: 4294967297 is out of range";
    QTest::newRow("article id above 2^32") << "bigarticle" << "id: 4294967296 is out of range";
    QTest::newRow("flag about a piece above 2^32") << "bigflag" << "piece: 4294967297 is out of range";
    QTest::newRow("next piece id above 2^32") << "bignext" << "next_piece_id: 8589934592 is out of range";
    QTest::newRow("correction key above 2^32") << "bigkey" << "corrections.4294967297: piece id 4294967297 is out of range";
    // "1" and "01" are one piece: neither correction may silently win.
    QTest::newRow("corrections \"N\" and \"0N\"") << "twokeys" << "are both corrections of piece";
    // Issue 7, item 10: numbers no int holds were converted unchecked (undefined behaviour under UBSan).
    QTest::newRow("version 1e300") << "hugeversion" << "version: expected a whole number";
    QTest::newRow("min_reader_version 1e300") << "hugeminreader" << "newer Galley";
    QTest::newRow("start 1e300") << "hugestart" << "expected a whole number";
    QTest::newRow("piece id -1e300") << "hugeid" << "expected a whole number";
    QTest::newRow("confidence 1e300") << "hugeconfidence" << "expected a number from 0 to 1";
}

void TestProjectFile::damagedFileRefused()
{
    QFETCH(QString, damage);
    QFETCH(QString, expected);
    auto doc = importDocument(QStringLiteral(GALLEY_TEST_DATA "/seed-page.txt"));
    QVERIFY(doc);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("damaged.galley"));
    QString error;
    QVERIFY(ProjectFile::save(*doc, path, &error));
    QByteArray bytes = readAll(path);
    QJsonObject root = readJson(path);
    QJsonObject page = root.value(QStringLiteral("page")).toObject();
    QJsonObject seg = root.value(QStringLiteral("segmentation")).toObject();
    QJsonArray articles = seg.value(QStringLiteral("articles")).toArray();
    QJsonObject a0 = articles[0].toObject();
    QJsonArray pieces = a0.value(QStringLiteral("pieces")).toArray();
    QJsonObject p0 = pieces[0].toObject();
    auto putBack = [&] {
        pieces[0] = p0;
        a0.insert(QStringLiteral("pieces"), pieces);
        articles[0] = a0;
        seg.insert(QStringLiteral("articles"), articles);
        root.insert(QStringLiteral("segmentation"), seg);
        root.insert(QStringLiteral("page"), page);
        bytes = QJsonDocument(root).toJson();
    };
    if (damage == QLatin1String("empty")) {
        bytes.clear();
    } else if (damage == QLatin1String("truncate")) {
        bytes.truncate(bytes.size() / 2);
    } else if (damage == QLatin1String("array")) {
        bytes = "[1, 2, 3]";
    } else if (damage == QLatin1String("format")) {
        bytes = readAll(QStringLiteral(GALLEY_TEST_DATA "/seed-page.gold.json"));
    } else if (damage == QLatin1String("version")) {
        root.insert(QStringLiteral("version"), QStringLiteral("one"));
        putBack();
    } else if (damage == QLatin1String("text")) {
        page.insert(QStringLiteral("text"), page.value(QStringLiteral("text")).toString().replace(u'年', u'车'));
        putBack();
    } else if (damage == QLatin1String("nopage")) {
        putBack();
        root.remove(QStringLiteral("page"));
        bytes = QJsonDocument(root).toJson();
    } else if (damage == QLatin1String("span")) {
        p0.insert(QStringLiteral("end"), 10'000'000);
        putBack();
    } else if (damage == QLatin1String("role")) {
        p0.insert(QStringLiteral("role"), QStringLiteral("headlinez"));
        putBack();
    } else if (damage == QLatin1String("dupe")) {
        QJsonObject p1 = pieces.size() > 1 ? pieces[1].toObject() : p0;
        p1.insert(QStringLiteral("id"), p0.value(QStringLiteral("id")));
        if (pieces.size() > 1)
            pieces[1] = p1;
        else
            pieces.append(p1);
        putBack();
    } else if (damage == QLatin1String("status")) {
        a0.insert(QStringLiteral("status"), QStringLiteral("finished"));
        putBack();
    } else if (damage == QLatin1String("type")) {
        p0.insert(QStringLiteral("start"), QStringLiteral("12"));
        putBack();
    } else if (damage == QLatin1String("bigpiece")) {
        p0.insert(QStringLiteral("id"), qint64(1) << 32 | 1);
        putBack();
    } else if (damage == QLatin1String("bigarticle")) {
        a0.insert(QStringLiteral("id"), qint64(1) << 32);
        putBack();
    } else if (damage == QLatin1String("bigflag")) {
        QJsonArray flags{QJsonObject{{QStringLiteral("piece"), qint64(1) << 32 | 1}, {QStringLiteral("kind"), QStringLiteral("order")}}};
        a0.insert(QStringLiteral("flags"), flags);
        putBack();
    } else if (damage == QLatin1String("bignext")) {
        seg.insert(QStringLiteral("next_piece_id"), qint64(1) << 33);
        putBack();
    } else if (damage == QLatin1String("bigkey") || damage == QLatin1String("twokeys")) {
        const QString id = QString::number(p0.value(QStringLiteral("id")).toInteger());
        QJsonObject corrections;
        if (damage == QLatin1String("bigkey")) {
            corrections.insert(QStringLiteral("4294967297"), QStringLiteral("改正"));
        } else {
            corrections.insert(id, QStringLiteral("甲的改正"));
            corrections.insert(u'0' + id, QStringLiteral("乙的改正"));
        }
        root.insert(QStringLiteral("corrections"), corrections);
        putBack();
    } else if (damage == QLatin1String("hugeversion")) {
        root.insert(QStringLiteral("version"), 1e300);
        putBack();
    } else if (damage == QLatin1String("hugeminreader")) {
        root.insert(QStringLiteral("version"), 2);
        root.insert(QStringLiteral("min_reader_version"), 1e300);
        putBack();
    } else if (damage == QLatin1String("hugestart")) {
        p0.insert(QStringLiteral("start"), 1e300);
        putBack();
    } else if (damage == QLatin1String("hugeid")) {
        p0.insert(QStringLiteral("id"), -1e300);
        putBack();
    } else if (damage == QLatin1String("hugeconfidence")) {
        p0.insert(QStringLiteral("confidence"), 1e300);
        putBack();
    }
    writeBytes(path, bytes);

    QStringList warnings;
    auto loaded = ProjectFile::load(path, &error, &warnings);
    QVERIFY(!loaded);
    QVERIFY2(error.contains(QLatin1String("damaged.galley")), qPrintable(error));
    QVERIFY2(error.contains(expected), qPrintable(error));
    if (damage == QLatin1String("twokeys")) {
        const QString id = QString::number(p0.value(QStringLiteral("id")).toInteger());
        QVERIFY2(error.contains(u'"' + id + u'"') && error.contains(QStringLiteral("\"0") + id + u'"'), qPrintable(error));
    }
    QCOMPARE(readAll(path), bytes); // reading never changes the file
}

void TestProjectFile::unreadableFileRefused_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("expected");
    QTest::newRow("missing file") << "missing" << "no such file";
    QTest::newRow("a folder") << "folder" << "folder";
    QTest::newRow("no read permission") << "permission" << "cannot read";
}

void TestProjectFile::unreadableFileRefused()
{
    QFETCH(QString, kind);
    QFETCH(QString, expected);
    QTemporaryDir dir;
    QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadOther
                                          | QFile::ExeOther | QFile::ReadGroup | QFile::ExeGroup);
    QString path = dir.filePath(QStringLiteral("p.galley"));
    if (kind == QLatin1String("folder")) {
        QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("p.galley")));
    } else if (kind == QLatin1String("permission")) {
        auto doc = importDocument(QStringLiteral(GALLEY_TEST_DATA "/seed-page.txt"));
        QString error;
        QVERIFY(ProjectFile::save(*doc, path, &error));
        QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner));
    }
    QString error;
    std::unique_ptr<ReviewDocument> loaded;
    {
        Unprivileged nobody;
        if (!nobody.ok())
            QSKIP("cannot drop root privileges to test permissions");
        loaded = ProjectFile::load(path, &error);
    }
    QVERIFY(!loaded);
    QVERIFY2(error.contains(QLatin1String("p.galley")) && error.contains(expected), qPrintable(error));
}

void TestProjectFile::failedSaveLeavesOldFile_data()
{
    QTest::addColumn<QString>("kind");
    QTest::newRow("read-only folder") << "readonly";
    QTest::newRow("folder path is a file") << "notdir";
    QTest::newRow("target is a folder") << "isdir";
}

void TestProjectFile::failedSaveLeavesOldFile()
{
    QFETCH(QString, kind);
    auto doc = importDocument(QStringLiteral(GALLEY_TEST_DATA "/seed-page.txt"));
    QVERIFY(doc);
    QTemporaryDir dir;
    QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadOther
                                          | QFile::ExeOther | QFile::ReadGroup | QFile::ExeGroup);
    QString target = dir.filePath(QStringLiteral("page.galley"));
    QString error;
    QVERIFY(ProjectFile::save(*doc, target, &error));
    const QByteArray before = readAll(target);
    if (kind == QLatin1String("readonly")) {
        QFile::setPermissions(target, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadOther | QFile::ReadGroup);
        QVERIFY(QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::ExeOwner | QFile::ReadOther | QFile::ExeOther
                                                      | QFile::ReadGroup | QFile::ExeGroup));
    } else if (kind == QLatin1String("notdir")) {
        target = dir.filePath(QStringLiteral("page.galley/inside.galley"));
    } else {
        target = dir.path();
    }
    editLikeAnEditor(*doc);

    bool saved = true;
    {
        Unprivileged nobody;
        if (!nobody.ok())
            QSKIP("cannot drop root privileges to test permissions");
        saved = ProjectFile::save(*doc, target, &error);
    }
    QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    QVERIFY(!saved);
    QVERIFY2(error.contains(QDir::toNativeSeparators(target)) && error.contains(QLatin1String("not changed")), qPrintable(error));
    QCOMPARE(readAll(dir.filePath(QStringLiteral("page.galley"))), before);
    QCOMPARE(filesIn(dir.path()), QStringList{QStringLiteral("page.galley")});
}

void TestProjectFile::diskFullLeavesOldFile()
{
    // A file size limit makes write() fail with EFBIG the way a full disk fails with ENOSPC; unlike a
    // read-only folder it also stops root.
    auto doc = importDocument(QStringLiteral(GALLEY_TEST_DATA "/seed-page.txt"));
    QVERIFY(doc);
    QTemporaryDir dir;
    const QString target = dir.filePath(QStringLiteral("page.galley"));
    QString error;
    QVERIFY(ProjectFile::save(*doc, target, &error));
    const QByteArray before = readAll(target);
    QVERIFY(before.size() > 8192);
    editLikeAnEditor(*doc);

    rlimit old{};
    QCOMPARE(getrlimit(RLIMIT_FSIZE, &old), 0);
    const auto oldHandler = std::signal(SIGXFSZ, SIG_IGN);
    rlimit small = old;
    small.rlim_cur = 4096;
    QCOMPARE(setrlimit(RLIMIT_FSIZE, &small), 0);
    const bool saved = ProjectFile::save(*doc, target, &error);
    setrlimit(RLIMIT_FSIZE, &old);
    std::signal(SIGXFSZ, oldHandler);

    QVERIFY(!saved);
    QVERIFY2(error.contains(QLatin1String("page.galley")) && error.contains(QLatin1String("not changed")), qPrintable(error));
    QCOMPARE(readAll(target), before);
    QCOMPARE(filesIn(dir.path()), QStringList{QStringLiteral("page.galley")});
}

void TestProjectFile::smallProjectOnAFullDisk()
{
    // A real full file system. A project under 16 KiB sits whole in Qt's write buffer, so only the flush
    // meets the full disk: that flush must fail the save (it used to rename an empty file into place).
    QTemporaryDir dir;
    testsupport::FullDisk disk(dir.filePath(QStringLiteral("disk")));
    if (!disk.ok())
        QSKIP("cannot mount a tmpfs here (needs root)");
    auto doc = documentFromText(QStringLiteral("Council meets\n\nThe town council met on Monday to discuss the bridge.\n"),
                                QStringLiteral("small.txt"));
    const QString target = disk.filePath(QStringLiteral("small.galley"));
    QString error;
    QVERIFY2(ProjectFile::save(*doc, target, &error), qPrintable(error));
    const QByteArray before = readAll(target);
    QVERIFY(before.size() > 0 && before.size() < 16 * 1024);
    QVERIFY(disk.fill());
    editLikeAnEditor(*doc);

    QVERIFY(!ProjectFile::save(*doc, target, &error));
    QVERIFY2(error.contains(QDir::toNativeSeparators(target)) && error.contains(SafeWrite::diskFullReason())
                 && error.contains(QLatin1String("not changed")),
             qPrintable(error));
    QCOMPARE(readAll(target), before);
    QCOMPARE(filesIn(disk.path()), (QStringList{QStringLiteral(".filler"), QStringLiteral("small.galley")}));
    QVERIFY(ProjectFile::load(target, &error)); // the old project still opens
}

void TestProjectFile::everySaveStepCanFail_data()
{
    QTest::addColumn<int>("stepNumber"); // SafeWrite::Step
    QTest::newRow("open") << int(SafeWrite::Step::Open);
    QTest::newRow("write") << int(SafeWrite::Step::Write);
    QTest::newRow("flush") << int(SafeWrite::Step::Flush);
    QTest::newRow("fsync") << int(SafeWrite::Step::Sync);
    QTest::newRow("rename") << int(SafeWrite::Step::Commit);
}

void TestProjectFile::everySaveStepCanFail()
{
    // Injected faults, one step at a time: project save and the autosave's recovery file both fail loudly
    // with the reason, and the file on disk keeps its previous content.
    QFETCH(int, stepNumber);
    const auto step = SafeWrite::Step(stepNumber);
    auto doc = importDocument(QStringLiteral(GALLEY_TEST_DATA "/seed-page.txt"));
    QVERIFY(doc);
    QTemporaryDir dir;
    const QString target = dir.filePath(QStringLiteral("page.galley"));
    QString error;
    QVERIFY(ProjectFile::save(*doc, target, &error));
    const QByteArray before = readAll(target);
    Autosave autosave(doc.get());
    editLikeAnEditor(*doc);
    QVERIFY(autosave.writeNow());
    const QByteArray recoveryBefore = readAll(autosave.recoveryPath());
    QVERIFY(!recoveryBefore.isEmpty());
    doc->undoStack()->push(new CorrectTextCommand(doc.get(), doc->segmentation().articles.first().pieces.first().id,
                                                  QStringLiteral("再改一次")));

    SafeWrite::setFaultHook([step](const QString &, SafeWrite::Step at) { return at == step ? SafeWrite::diskFullReason() : QString(); });
    const bool saved = ProjectFile::save(*doc, target, &error);
    QSignalSpy failed(&autosave, &Autosave::writeFailed);
    const bool autosaved = autosave.writeNow();
    SafeWrite::setFaultHook({});

    QVERIFY(!saved);
    QVERIFY2(error.contains(QDir::toNativeSeparators(target)) && error.contains(SafeWrite::diskFullReason()), qPrintable(error));
    QCOMPARE(readAll(target), before);
    QCOMPARE(filesIn(dir.path()), QStringList{QStringLiteral("page.galley")});
    QVERIFY(!autosaved);
    QCOMPARE(failed.size(), 1);
    QVERIFY2(failed.first().first().toString().contains(SafeWrite::diskFullReason()), qPrintable(failed.first().first().toString()));
    QCOMPARE(readAll(autosave.recoveryPath()), recoveryBefore);
    autosave.discard();
}

void TestProjectFile::changedSourceIsReported()
{
    QTemporaryDir dir;
    const QString source = dir.filePath(QStringLiteral("seed-page.txt"));
    QVERIFY(QFile::copy(QStringLiteral(GALLEY_TEST_DATA "/seed-page.txt"), source));
    QFile::setPermissions(source, QFile::ReadOwner | QFile::WriteOwner);
    auto doc = importDocument(source);
    QVERIFY(doc);
    QCOMPARE(ProjectFile::sourceState(doc->page()), ProjectFile::SourceState::Unchanged);
    const QString path = dir.filePath(QStringLiteral("seed.galley"));
    QString error;
    QVERIFY(ProjectFile::save(*doc, path, &error));

    QStringList warnings;
    QVERIFY(ProjectFile::load(path, &error, &warnings));
    QVERIFY(warnings.isEmpty());

    // Someone re-ran OCR over the page.
    QByteArray bytes = readAll(source);
    bytes.replace("本报记者", "本报通讯员");
    writeBytes(source, bytes);
    auto loaded = ProjectFile::load(path, &error, &warnings);
    QVERIFY2(loaded, qPrintable(error));
    QCOMPARE(ProjectFile::sourceState(loaded->page()), ProjectFile::SourceState::Changed);
    QCOMPARE(warnings.size(), 1);
    QVERIFY2(warnings.first().contains(QLatin1String("changed on disk")) && warnings.first().contains(QLatin1String("seed-page.txt")),
             qPrintable(warnings.first()));
    QCOMPARE(loaded->page().text(), doc->page().text()); // the embedded page is kept

    QFile::remove(source);
    QCOMPARE(ProjectFile::sourceState(loaded->page()), ProjectFile::SourceState::Missing);
}

void TestProjectFile::isProjectFile()
{
    QTemporaryDir dir;
    auto doc = importDocument(QStringLiteral(GALLEY_TEST_DATA "/seed-page.txt"));
    // Many corrections put a long "corrections" object before "format" (keys are sorted).
    for (const Article &a : doc->segmentation().articles)
        for (const Piece &p : a.pieces)
            doc->setCorrection(p.id, doc->pieceText(p.id) + QStringLiteral("（已校）"));
    const QString renamed = dir.filePath(QStringLiteral("page.json"));
    QString error;
    QVERIFY(ProjectFile::save(*doc, renamed, &error));
    QVERIFY(ProjectFile::isProjectFile(renamed));
    QVERIFY(ProjectFile::isProjectFile(dir.filePath(QStringLiteral("not-yet.galley"))));
    QVERIFY(!ProjectFile::isProjectFile(QStringLiteral(GALLEY_TEST_DATA "/seed-page.txt")));
    QVERIFY(!ProjectFile::isProjectFile(QStringLiteral(GALLEY_TEST_DATA "/seed-page.gold.json")));
}

void TestProjectFile::autosaveWritesAndRemovesRecovery()
{
    auto doc = importDocument(QStringLiteral(GALLEY_TEST_DATA "/seed-page.txt"));
    QVERIFY(doc);
    Autosave autosave(doc.get());
    autosave.setDelay(100);
    QSignalSpy written(&autosave, &Autosave::recoveryWritten);
    QVERIFY(!QFile::exists(autosave.recoveryPath()));
    QVERIFY(autosave.recoveryPath().startsWith(RecoveryStore::directory()));

    const int piece = doc->segmentation().articles.first().pieces.first().id;
    doc->undoStack()->push(new CorrectTextCommand(doc.get(), piece, QStringLiteral("第一次改正")));
    QVERIFY(autosave.isPending());
    QVERIFY(written.wait(5000));
    QVERIFY(QFile::exists(autosave.recoveryPath()));
    QString error;
    auto recovered = ProjectFile::load(autosave.recoveryPath(), &error);
    QVERIFY2(recovered, qPrintable(error));
    QCOMPARE(recovered->corrections(), doc->corrections());
    const QJsonObject meta = readJson(autosave.recoveryPath()).value(QStringLiteral("recovery")).toObject();
    QCOMPARE(meta.value(QStringLiteral("source_path")).toString(), doc->page().sourcePath());

    // Our own live file is not offered for recovery.
    QVERIFY(RecoveryStore::pending().isEmpty());

    // Back to the saved state: nothing to recover any more.
    doc->undoStack()->undo();
    QVERIFY(!QFile::exists(autosave.recoveryPath()));
    doc->undoStack()->redo();
    QVERIFY(written.wait(5000));
    QVERIFY(QFile::exists(autosave.recoveryPath()));
    doc->undoStack()->setClean(); // saved
    QVERIFY(!QFile::exists(autosave.recoveryPath()));

    doc->undoStack()->push(new CorrectTextCommand(doc.get(), piece, QStringLiteral("第二次改正")));
    QVERIFY(autosave.writeNow());
    QVERIFY(QFile::exists(autosave.recoveryPath()));
    autosave.discard(); // the editor chose not to keep the changes
    QVERIFY(!QFile::exists(autosave.recoveryPath()));
}

void TestProjectFile::recoveryKeptAfterUncleanEnd()
{
    auto doc = importDocument(QStringLiteral(GALLEY_TEST_DATA "/seed-page.txt"));
    QVERIFY(doc);
    QString recoveryPath;
    {
        Autosave autosave(doc.get());
        autosave.setDelay(60'000);
        recoveryPath = autosave.recoveryPath();
        const Article &a = doc->segmentation().articles.first();
        doc->undoStack()->push(new SetReviewStatusCommand(doc.get(), {a.id}, ReviewStatus::InReview));
        QVERIFY(autosave.isPending());
        // Ends with the change still pending: it is written on the way out and the file stays.
    }
    QVERIFY(QFile::exists(recoveryPath));
    const QList<RecoveryEntry> pending = RecoveryStore::pending();
    QCOMPARE(pending.size(), 1);
    QCOMPARE(pending.first().recoveryPath, recoveryPath);
    QCOMPARE(pending.first().displayName, QStringLiteral("seed-page.txt"));
    QVERIFY(pending.first().projectPath.isEmpty());

    QString error;
    auto restored = RecoveryStore::restore(pending.first(), &error);
    QVERIFY2(restored, qPrintable(error));
    QVERIFY(restored->segmentation() == doc->segmentation());
    QVERIFY(restored->isModified());
    QVERIFY(!restored->property(ProjectFile::kKeptJsonProperty).toJsonObject().contains(QStringLiteral("recovery")));
    // One undo step back to what the engine proposed.
    restored->undoStack()->undo();
    QCOMPARE(restored->segmentation().articles.first().status, ReviewStatus::Unreviewed);
    restored->undoStack()->redo();
    QCOMPARE(restored->segmentation().articles.first().status, ReviewStatus::InReview);

    QVERIFY(RecoveryStore::discard(pending.first()));
    QVERIFY(RecoveryStore::pending().isEmpty());
}

void TestProjectFile::autosaveFailureIsReported()
{
    // The data folder cannot be created (its parent is a file): every write fails, loudly.
    const QByteArray saved = qgetenv("XDG_DATA_HOME");
    const QString blocker = m_home.filePath(QStringLiteral("blocker"));
    QFile f(blocker);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.close();
    qputenv("XDG_DATA_HOME", (blocker + QStringLiteral("/data")).toUtf8());
    auto doc = importDocument(QStringLiteral(GALLEY_TEST_DATA "/seed-page.txt"));
    QVERIFY(doc);
    Autosave autosave(doc.get());
    autosave.setDelay(50);
    QSignalSpy failed(&autosave, &Autosave::writeFailed);
    doc->undoStack()->push(new CorrectTextCommand(doc.get(), doc->segmentation().articles.first().pieces.first().id,
                                                  QStringLiteral("改")));
    const bool waited = failed.wait(5000);
    qputenv("XDG_DATA_HOME", saved);
    QVERIFY(waited);
    const QString message = failed.first().first().toString();
    QVERIFY2(message.contains(QLatin1String("blocker")) && message.contains(QLatin1String("cannot be created")), qPrintable(message));
    autosave.discard();
}

void TestProjectFile::twoEditorsOfOnePageKeepSeparateRecoveryFiles()
{
    auto a = importDocument(QStringLiteral(GALLEY_TEST_DATA "/seed-page.txt"));
    auto b = importDocument(QStringLiteral(GALLEY_TEST_DATA "/seed-page.txt"));
    Autosave first(a.get());
    Autosave second(b.get());
    QCOMPARE(first.recoveryPath(), second.recoveryPath()); // same document, same key
    const int piece = a->segmentation().articles.first().pieces.first().id;
    a->undoStack()->push(new CorrectTextCommand(a.get(), piece, QStringLiteral("甲的改正")));
    b->undoStack()->push(new CorrectTextCommand(b.get(), piece, QStringLiteral("乙的改正")));
    QVERIFY(first.writeNow());
    QVERIFY(second.writeNow()); // the first holds the lock: the second writes a file of its own
    QVERIFY(first.recoveryPath() != second.recoveryPath());
    QString error;
    QCOMPARE(ProjectFile::load(first.recoveryPath(), &error)->corrections().value(piece), QStringLiteral("甲的改正"));
    QCOMPARE(ProjectFile::load(second.recoveryPath(), &error)->corrections().value(piece), QStringLiteral("乙的改正"));
    first.discard();
    second.discard();
}

// A laid-out page (PDF, ALTO) keeps its unit, page size, image name and every block and line box, so
// that a reopened project shows its page image with the outlines (issue 8).
void TestProjectFile::geometryRoundTrip_data()
{
    QTest::addColumn<QString>("page");
    QTest::newRow("ALTO in pixels with its scan") << QStringLiteral(GALLEY_TEST_DATA "/image/desk-alto.xml");
    QTest::newRow("PDF in points") << QStringLiteral(GALLEY_TEST_DATA "/image/desk-page.pdf");
    QTest::newRow("ALTO in mm10 with hyphenation") << QStringLiteral(GALLEY_TEST_DATA "/formats/hyphen-v4.xml");
}

void TestProjectFile::geometryRoundTrip()
{
    QFETCH(QString, page);
    ImportResult imported = DocumentImporter::importFile(page);
    QVERIFY2(imported.ok(), qPrintable(imported.error));
    Page p = imported.pages.first();
    QVERIFY(p.hasGeometry());
    ReviewDocument doc(p, Segmenter::segment(p));
    editLikeAnEditor(doc);
    if (QTest::currentTestFailed())
        return;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("laid-out.galley"));
    QString error;
    QVERIFY2(ProjectFile::save(doc, path, &error), qPrintable(error));
    QStringList warnings;
    auto loaded = ProjectFile::load(path, &error, &warnings);
    QVERIFY2(loaded, qPrintable(error));
    QVERIFY2(warnings.isEmpty(), qPrintable(warnings.join(u'\n')));
    compareDocuments(doc, *loaded);
    const Page &a = doc.page();
    const Page &b = loaded->page();
    QCOMPARE(b.geometryUnit(), a.geometryUnit());
    QCOMPARE(b.pageSize(), a.pageSize());
    QCOMPARE(b.imageName(), a.imageName());
    for (int i = 0; i < a.blocks().size(); ++i) {
        const Block &x = a.blocks()[i];
        const Block &y = b.blocks()[i];
        QCOMPARE(y.box, x.box);
        QCOMPARE(y.fontSize, x.fontSize);
        QCOMPARE(y.bold, x.bold);
        QCOMPARE(y.sourceId, x.sourceId);
        QCOMPARE(y.lines, x.lines);
    }
    // Piece regions (what the page image view outlines) are the same.
    for (const Piece &piece : doc.segmentation().allPieces())
        QCOMPARE(b.boxOf(piece.span), a.boxOf(piece.span));
    // And the next save is byte-identical.
    const QString again = dir.filePath(QStringLiteral("again.galley"));
    QVERIFY2(ProjectFile::save(*loaded, again, &error), qPrintable(error));
    QCOMPARE(readAll(again), readAll(path));
    const QJsonObject pageJson = readJson(path).value(QStringLiteral("page")).toObject();
    QCOMPARE(pageJson.value(QStringLiteral("geometry_unit")).toString(), geometryUnitName(a.geometryUnit()));
    QCOMPARE(readJson(path).value(QStringLiteral("version")).toInt(), 1); // optional fields: no new format version
}

void TestProjectFile::projectWithoutGeometryIsATextPage()
{
    // A project saved before geometry existed (or of a text page) has no geometry fields and opens as before.
    auto doc = importDocument(QStringLiteral(GALLEY_TEST_DATA "/seed-page.txt"));
    QVERIFY(doc);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("text.galley"));
    QString error;
    QVERIFY(ProjectFile::save(*doc, path, &error));
    const QByteArray bytes = readAll(path);
    for (const char *key : {"geometry_unit", "page_size", "image_name", "\"box\"", "\"lines\""})
        QVERIFY2(!bytes.contains(key), key);
    auto loaded = ProjectFile::load(path, &error);
    QVERIFY2(loaded, qPrintable(error));
    QVERIFY(!loaded->page().hasGeometry());
    QVERIFY(loaded->page().blocks().first().box.isNull());
}

void TestProjectFile::damagedGeometryRefused_data()
{
    QTest::addColumn<QString>("damage");
    QTest::addColumn<QString>("expected");
    QTest::newRow("unknown unit") << "unit" << "page.geometry_unit: unknown unit \"furlong\"";
    QTest::newRow("box of three numbers") << "box3" << "page.blocks[0].box: expected a box";
    QTest::newRow("box upside down") << "boxflip" << "page.blocks[0].box: expected a box";
    QTest::newRow("line beyond the page") << "linespan" << "page.blocks[0].lines[0]: span";
    QTest::newRow("page size of text") << "size" << "page.page_size: expected [width, height]";
}

void TestProjectFile::damagedGeometryRefused()
{
    QFETCH(QString, damage);
    QFETCH(QString, expected);
    ImportResult imported = DocumentImporter::importFile(QStringLiteral(GALLEY_TEST_DATA "/image/desk-alto.xml"));
    QVERIFY(imported.ok());
    ReviewDocument doc(imported.pages.first(), Segmenter::segment(imported.pages.first()));
    QJsonObject root = ProjectFile::toJson(doc);
    QJsonObject page = root.value(QStringLiteral("page")).toObject();
    QJsonArray blocks = page.value(QStringLiteral("blocks")).toArray();
    QJsonObject block = blocks.first().toObject();
    if (damage == QLatin1String("unit")) {
        page.insert(QStringLiteral("geometry_unit"), QStringLiteral("furlong"));
    } else if (damage == QLatin1String("box3")) {
        block.insert(QStringLiteral("box"), QJsonArray{1, 2, 3});
    } else if (damage == QLatin1String("boxflip")) {
        block.insert(QStringLiteral("box"), QJsonArray{100, 100, 10, 10});
    } else if (damage == QLatin1String("linespan")) {
        QJsonArray lines = block.value(QStringLiteral("lines")).toArray();
        QJsonObject line = lines.first().toObject();
        line.insert(QStringLiteral("end"), 1000000);
        lines.replace(0, line);
        block.insert(QStringLiteral("lines"), lines);
    } else if (damage == QLatin1String("size")) {
        page.insert(QStringLiteral("page_size"), QJsonArray{QStringLiteral("wide"), 3});
    }
    blocks.replace(0, block);
    page.insert(QStringLiteral("blocks"), blocks);
    root.insert(QStringLiteral("page"), page);
    QString error;
    auto loaded = ProjectFile::fromJson(QJsonDocument(root).toJson(), QStringLiteral("geo.galley"), &error);
    QVERIFY(!loaded);
    QVERIFY2(error.contains(expected), qPrintable(error));
    QVERIFY2(error.startsWith(QStringLiteral("geo.galley: ")), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestProjectFile)
#include "tst_projectfile.moc"
