// SPDX-FileCopyrightText: 2026 The Galley authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The article tree model updates rows, never resets (issue 9, item 12): a series of edits and undos
// on the seed page — merge, split, new article, move pieces, send to furniture, delete, set role,
// corrections, replace all — run under QAbstractItemModelTester (which checks every row signal
// against the model's answers), the rows always match the document, no modelReset is ever
// emitted, and in a QTreeView a collapsed article stays collapsed and an expanded one expanded.
#include "ArticleTreeModel.h"
#include "edit/DocumentActions.h"
#include "import/TextImporter.h"
#include "model/ReviewDocument.h"
#include "segment/Segmenter.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QSignalSpy>
#include <QTest>
#include <QTreeView>

#include <functional>
#include <memory>

using namespace galley;

namespace {

std::unique_ptr<ReviewDocument> seedDocument()
{
    QFile f(QStringLiteral(GALLEY_TEST_DATA "/seed-page.txt"));
    if (!f.open(QIODevice::ReadOnly))
        return nullptr;
    Page page = TextImporter::pageFromText(QString::fromUtf8(f.readAll()), QStringLiteral("seed-page.txt"));
    Segmentation seg = Segmenter::segment(page);
    return std::make_unique<ReviewDocument>(page, seg);
}

// The model's rows are the document's articles and pieces, ids in order, furniture last.
QString mismatch(const ArticleTreeModel &model, const ReviewDocument &doc)
{
    const Segmentation &seg = doc.segmentation();
    if (model.rowCount() != seg.articles.size() + 1)
        return QStringLiteral("%1 top rows for %2 articles").arg(model.rowCount()).arg(seg.articles.size());
    for (int a = 0; a <= seg.articles.size(); ++a) {
        const QModelIndex parent = model.index(a, 0);
        const QList<Piece> &pieces = a < seg.articles.size() ? seg.articles[a].pieces : seg.furniture;
        if (a < seg.articles.size() && ArticleTreeModel::articleId(parent) != seg.articles[a].id)
            return QStringLiteral("row %1 is article %2, not %3").arg(a).arg(ArticleTreeModel::articleId(parent)).arg(seg.articles[a].id);
        if (model.rowCount(parent) != pieces.size())
            return QStringLiteral("row %1: %2 piece rows for %3 pieces").arg(a).arg(model.rowCount(parent)).arg(pieces.size());
        for (int i = 0; i < pieces.size(); ++i) {
            const QModelIndex p = model.index(i, 0, parent);
            if (ArticleTreeModel::pieceId(p) != pieces[i].id || p.parent() != parent)
                return QStringLiteral("row %1/%2 is piece %3, not %4").arg(a).arg(i).arg(ArticleTreeModel::pieceId(p)).arg(pieces[i].id);
            if (p.data().toString().isEmpty())
                return QStringLiteral("row %1/%2 has no text").arg(a).arg(i);
        }
    }
    return QString();
}

} // namespace

class TestArticleTreeModel : public QObject {
    Q_OBJECT
private slots:
    void editsAndUndosUpdateRows()
    {
        auto doc = seedDocument();
        QVERIFY(doc);
        ArticleTreeModel model;
        model.setReviewDocument(doc.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTreeView view;
        view.setModel(&model);
        view.resize(600, 900);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);

        const Segmentation &seg = doc->segmentation();
        QVERIFY(seg.articles.size() >= 6);
        // Expand articles 2 and 5, leave the others collapsed.
        const int keepExpandedA = seg.articles[2].id, keepExpandedB = seg.articles[5].id;
        view.expand(model.indexForArticle(keepExpandedA));
        view.expand(model.indexForArticle(keepExpandedB));
        auto expandedAsBefore = [&] {
            for (const Article &a : doc->segmentation().articles) {
                const bool shouldBe = a.id == keepExpandedA || a.id == keepExpandedB;
                if (view.isExpanded(model.indexForArticle(a.id)) != shouldBe)
                    return QStringLiteral("article %1 is %2").arg(a.id).arg(shouldBe ? QStringLiteral("collapsed") : QStringLiteral("expanded"));
            }
            return QString();
        };

        DocumentActions act(doc.get());
        const int a0 = seg.articles[0].id, a1 = seg.articles[1].id, a3 = seg.articles[3].id;
        const int lastPieceOf3 = seg.articles[3].pieces.last().id;
        const int firstBodyOf4 = seg.articles[4].pieces.value(1).id;
        const QList<std::function<bool()>> edits{
            [&] { return act.mergeArticles({a0, a1}); },
            [&] { return act.splitArticle(a3, lastPieceOf3); },
            [&] { return act.newArticle({firstBodyOf4}); },
            [&] { return act.movePieces({lastPieceOf3}, keepExpandedB, 0); },
            [&] { return act.sendToFurniture({doc->segmentation().articles.last().pieces.last().id}); },
            [&] { return act.setRole({firstBodyOf4}, Role::Caption); },
            [&] { return act.correctText(firstBodyOf4, QStringLiteral("改正的文字")); },
            [&] { return act.replaceAll({{firstBodyOf4, QStringLiteral("再改")}}); },
            [&] { return act.deleteArticles({doc->segmentation().articles.first().id}); },
        };
        int step = 0;
        for (const auto &edit : edits) {
            ++step;
            QVERIFY2(edit(), qPrintable(QStringLiteral("edit %1 changed nothing").arg(step)));
            QVERIFY2(mismatch(model, *doc).isEmpty(), qPrintable(QStringLiteral("after edit %1: ").arg(step) + mismatch(model, *doc)));
            if (doc->segmentation().indexOfArticle(keepExpandedA) >= 0 && doc->segmentation().indexOfArticle(keepExpandedB) >= 0)
                QVERIFY2(expandedAsBefore().isEmpty(), qPrintable(QStringLiteral("after edit %1: ").arg(step) + expandedAsBefore()));
        }
        while (doc->undoStack()->canUndo()) {
            doc->undoStack()->undo();
            QVERIFY2(mismatch(model, *doc).isEmpty(), qPrintable(QStringLiteral("after an undo: ") + mismatch(model, *doc)));
        }
        QVERIFY2(expandedAsBefore().isEmpty(), qPrintable(expandedAsBefore()));
        while (doc->undoStack()->canRedo()) {
            doc->undoStack()->redo();
            QVERIFY2(mismatch(model, *doc).isEmpty(), qPrintable(QStringLiteral("after a redo: ") + mismatch(model, *doc)));
        }
        QCOMPARE(resets.size(), 0);
        QVERIFY(inserted.size() > 0);
        QVERIFY(removed.size() > 0);
    }
};

QTEST_MAIN(TestArticleTreeModel)
#include "tst_articletreemodel.moc"
