// SPDX-FileCopyrightText: 2026 The Galley authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Whole-article operations (issue 9, item 2) on real-looking pages (the seed page and the pages of
// tests/data/pages): delete an article (its pieces to the furniture) and order pieces by page
// position, each one undo step that undo reverses exactly.
#include "edit/DeleteArticlesCommand.h"
#include "edit/MovePiecesCommand.h"
#include "edit/OrderPiecesByPageCommand.h"
#include "import/TextImporter.h"
#include "model/ReviewDocument.h"
#include "segment/Segmenter.h"

#include <QDir>
#include <QTest>

#include <memory>

using namespace galley;

namespace {

std::unique_ptr<ReviewDocument> load(const QString &file)
{
    const ImportResult r = TextImporter::importFile(file);
    if (!r.ok() || r.pages.isEmpty())
        return nullptr;
    Page page = r.pages.first();
    Segmentation seg = Segmenter::segment(page);
    return std::make_unique<ReviewDocument>(page, seg);
}

QStringList pageFiles()
{
    QStringList files{QStringLiteral(GALLEY_TEST_DATA "/seed-page.txt")};
    const QDir dir(QStringLiteral(GALLEY_TEST_DATA "/pages"));
    for (const QString &f : dir.entryList({QStringLiteral("*.txt")}, QDir::Files, QDir::Name))
        files << dir.filePath(f);
    return files;
}

QList<int> ids(const QList<Piece> &pieces)
{
    QList<int> out;
    for (const Piece &p : pieces)
        out.append(p.id);
    return out;
}

bool inPageOrder(const QList<Piece> &pieces)
{
    for (int i = 1; i < pieces.size(); ++i)
        if (pieces[i].span.start < pieces[i - 1].span.start)
            return false;
    return true;
}

} // namespace

class TestArticleActions : public QObject {
    Q_OBJECT
private slots:
    void deleteArticleSendsItsPiecesToFurniture();
    void deleteSeveralArticlesAndTheLast();
    void deleteIsObsoleteOnBadInput();
    void orderScrambledPiecesByPagePosition();
    void orderWholeArticle();
};

void TestArticleActions::deleteArticleSendsItsPiecesToFurniture()
{
    auto doc = load(QStringLiteral(GALLEY_TEST_DATA "/seed-page.txt"));
    QVERIFY(doc);
    const Segmentation before = doc->segmentation();
    QVERIFY(before.articles.size() >= 3);
    const Article victim = before.articles[1];
    QCOMPARE(DeleteArticlesCommand::nextArticle(before, {victim.id}), before.articles[2].id);

    auto *cmd = new DeleteArticlesCommand(doc.get(), {victim.id});
    QCOMPARE(cmd->text(), QStringLiteral("Delete 1 article(s) (pieces to page furniture)"));
    doc->undoStack()->push(cmd);
    QCOMPARE(doc->undoStack()->count(), 1);
    const Segmentation &after = doc->segmentation();
    QCOMPARE(after.articles.size(), before.articles.size() - 1);
    QCOMPARE(after.indexOfArticle(victim.id), -1);
    QCOMPARE(after.furniture.size(), before.furniture.size() + victim.pieces.size());
    for (const Piece &p : victim.pieces) {
        const auto [a, i] = after.locatePiece(p.id);
        QCOMPARE(a, -1); // in the furniture, raw text kept
        QCOMPARE(after.furniture[i].role, Role::Furniture);
        QCOMPARE(doc->rawPieceText(p.id), doc->page().textOf(p.span).toString());
    }
    QVERIFY(inPageOrder(after.furniture));
    // Every other article untouched.
    for (const Article &a : before.articles)
        if (a.id != victim.id)
            QCOMPARE(ids(after.articles[after.indexOfArticle(a.id)].pieces), ids(a.pieces));
    doc->undoStack()->undo();
    QCOMPARE(doc->segmentation(), before);
    doc->undoStack()->redo();
    QCOMPARE(doc->segmentation().articles.size(), before.articles.size() - 1);
}

void TestArticleActions::deleteSeveralArticlesAndTheLast()
{
    for (const QString &file : pageFiles()) {
        auto doc = load(file);
        QVERIFY(doc);
        const Segmentation before = doc->segmentation();
        if (before.articles.size() < 3)
            continue;
        const int n = int(before.articles.size());
        const QList<int> lastTwo{before.articles[n - 1].id, before.articles[n - 2].id};
        // After deleting the last ones the one before them is next.
        QCOMPARE(DeleteArticlesCommand::nextArticle(before, lastTwo), before.articles[n - 3].id);
        doc->undoStack()->push(new DeleteArticlesCommand(doc.get(), lastTwo));
        QCOMPARE(doc->undoStack()->count(), 1);
        QCOMPARE(doc->segmentation().articles.size(), n - 2);
    }
}

void TestArticleActions::deleteIsObsoleteOnBadInput()
{
    auto doc = load(QStringLiteral(GALLEY_TEST_DATA "/seed-page.txt"));
    QVERIFY(DeleteArticlesCommand(doc.get(), {}).isObsolete());
    QVERIFY(DeleteArticlesCommand(doc.get(), {doc->segmentation().articles[0].id, 99999}).isObsolete());
    QCOMPARE(DeleteArticlesCommand::nextArticle(doc->segmentation(), {99999}), 0);
}

void TestArticleActions::orderScrambledPiecesByPagePosition()
{
    // A table the engine (or a careless drag) put out of order: its rows scrambled by hand, then
    // put back in page order in one step.
    int tested = 0;
    for (const QString &file : pageFiles()) {
        auto doc = load(file);
        QVERIFY(doc);
        const Segmentation engine = doc->segmentation();
        for (const Article &art : engine.articles) {
            QList<Piece> body;
            for (const Piece &p : art.pieces)
                if (isBodyRole(p.role) || p.role == Role::Table)
                    body.append(p);
            if (body.size() < 3 || !inPageOrder(body))
                continue;
            // Scramble: the last one to the front of them, the first one to the end.
            const int firstAt = art.indexOfPiece(body.first().id);
            doc->undoStack()->push(new MovePiecesCommand(doc.get(), {body.last().id}, art.id, firstAt));
            doc->undoStack()->push(new MovePiecesCommand(doc.get(), {body.first().id}, art.id, -1));
            QCOMPARE(doc->undoStack()->count(), 2);
            const int a = doc->segmentation().indexOfArticle(art.id);
            const QList<Piece> scrambled = doc->segmentation().articles[a].pieces;
            QVERIFY(ids(scrambled) != ids(art.pieces));

            auto *cmd = new OrderPiecesByPageCommand(doc.get(), art.id, ids(body));
            QCOMPARE(cmd->text(), QStringLiteral("Order pieces by page position"));
            doc->undoStack()->push(cmd);
            QCOMPARE(doc->undoStack()->count(), 3);
            // The chosen pieces are in page order in the places they held; the rest kept theirs.
            const QList<Piece> &now = doc->segmentation().articles[a].pieces;
            QCOMPARE(now.size(), scrambled.size());
            QList<Piece> chosenNow;
            for (int i = 0; i < now.size(); ++i) {
                const bool chosen = ids(body).contains(now[i].id);
                QCOMPARE(chosen, ids(body).contains(scrambled[i].id));
                if (chosen)
                    chosenNow.append(now[i]);
                else
                    QCOMPARE(now[i], scrambled[i]);
            }
            QVERIFY(inPageOrder(chosenNow));
            QCOMPARE(ids(chosenNow), ids(body));
            // Already in order: nothing to do.
            QVERIFY(OrderPiecesByPageCommand(doc.get(), art.id, ids(body)).isObsolete());
            doc->undoStack()->undo();
            QCOMPARE(doc->segmentation().articles[a].pieces, scrambled);
            doc->undoStack()->setIndex(0);
            QCOMPARE(doc->segmentation(), engine);
            ++tested;
            break;
        }
    }
    QVERIFY(tested >= 2);
}

void TestArticleActions::orderWholeArticle()
{
    auto doc = load(QStringLiteral(GALLEY_TEST_DATA "/pages/en-county-daily.txt"));
    QVERIFY(doc);
    const Article art = doc->segmentation().articles.first();
    QVERIFY(art.pieces.size() >= 3);
    // Reverse the article by hand …
    for (int i = 1; i < art.pieces.size(); ++i)
        doc->undoStack()->push(new MovePiecesCommand(doc.get(), {art.pieces[i].id}, art.id, 0));
    const int a = doc->segmentation().indexOfArticle(art.id);
    QVERIFY(!inPageOrder(doc->segmentation().articles[a].pieces));
    // … and order all of it by page position: one step.
    const int steps = doc->undoStack()->count();
    doc->undoStack()->push(new OrderPiecesByPageCommand(doc.get(), art.id));
    QCOMPARE(doc->undoStack()->count(), steps + 1);
    QVERIFY(inPageOrder(doc->segmentation().articles[a].pieces));
    QVERIFY(OrderPiecesByPageCommand(doc.get(), art.id).isObsolete());
    QVERIFY(OrderPiecesByPageCommand(doc.get(), 99999).isObsolete());
    QVERIFY(OrderPiecesByPageCommand(doc.get(), art.id, {99999}).isObsolete());
}

QTEST_GUILESS_MAIN(TestArticleActions)
#include "tst_articleactions.moc"
