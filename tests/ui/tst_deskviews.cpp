// SPDX-FileCopyrightText: 2026 The Galley authors
// SPDX-License-Identifier: GPL-3.0-or-later
// tst_deskviews: the original ↔ corrected view of an article (issue 9 item 5) and the OCR error
// series (item 6), driven in the window: reached from the menus and the tree's context menu,
// following edits, and fixing a series in one undo step.
#include "ArticleDiffView.h"
#include "MainWindow.h"
#include "ArticleEditor.h"
#include "OcrErrorSeriesPanel.h"
#include "ParagraphEditor.h"
#include "ProjectController.h"
#include "edit/CorrectTextCommand.h"
#include "model/ReviewDocument.h"

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QFile>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTranslator>
#include <QTest>
#include <QTreeView>
#include <QTreeWidget>

#include <memory>

using namespace galley;

namespace {

std::unique_ptr<MainWindow> openWindow(const QString &path)
{
    auto w = std::make_unique<MainWindow>();
    ProjectController *project = w->projectController();
    project->setMessageHook([](QMessageBox::Icon, const QString &, const QString &) {});
    project->setAskSaveChanges([](const QString &) { return ProjectController::SaveChoice::Discard; });
    project->setAskRecover([](const RecoveryEntry &) { return ProjectController::RecoveryChoice::Discard; });
    w->resize(1400, 900);
    w->show();
    if (!QTest::qWaitForWindowExposed(w.get()) || !w->openFile(path))
        return nullptr;
    w->waitForLoaded();
    return w;
}

bool menuHas(QMenu *menu, QAction *action)
{
    return menu && menu->actions().contains(action);
}

} // namespace

class TestDeskViews : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("GalleyTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_deskviews"));
    }

    void originalCorrectedView()
    {
        auto w = openWindow(QStringLiteral(GALLEY_TEST_DATA "/seed-page.txt"));
        QVERIFY(w);
        ReviewDocument *doc = w->document();
        QTRY_VERIFY(doc && doc->segmentation().articles.size() >= 2);
        QAction *diff = w->action(QStringLiteral("viewArticleDiff"));
        QVERIFY(diff);
        // On the View menu and on the tree's context menu (article and piece rows).
        bool onViewMenu = false;
        for (QAction *m : w->menuBar()->actions())
            onViewMenu = onViewMenu || menuHas(m->menu(), diff);
        QVERIFY(onViewMenu);
        QTreeView *tree = w->articleTree();
        const QModelIndex articleRow = tree->model()->index(0, 0);
        std::unique_ptr<QMenu> context(w->createTreeContextMenu(articleRow));
        QVERIFY(context->actions().contains(diff));
        context.reset(w->createTreeContextMenu(tree->model()->index(0, 0, articleRow)));
        QVERIFY(context->actions().contains(diff));

        const Article article = doc->segmentation().articles.first();
        w->selectArticle(article.id);
        diff->trigger();
        ArticleDiffView *view = w->articleDiffView();
        QVERIFY(view->isVisible());
        QCOMPARE(view->articleId(), article.id);
        QCOMPARE(view->deletions() + view->insertions(), 0); // nothing corrected yet
        // A correction shows at once: the page's text struck through, the correction underlined.
        int body = 0;
        for (const Piece &p : article.pieces)
            if (p.role == Role::Body && !body)
                body = p.id;
        QVERIFY(body);
        QString text = doc->pieceText(body);
        const QString removed = text.mid(4, 2);
        text.replace(4, 2, QStringLiteral("校正"));
        doc->undoStack()->push(new CorrectTextCommand(doc, body, text));
        QTRY_COMPARE(view->insertions(), 1);
        QCOMPARE(view->deletions(), 1);
        QVERIFY(view->html().contains(QStringLiteral("<s class=\"del\"")));
        QVERIFY2(view->html().contains(removed.toHtmlEscaped() + QStringLiteral("</s>")), qPrintable(view->html()));
        QVERIFY(view->html().contains(QStringLiteral("校正</u>")));
        // Another article: the view follows the selection.
        const int second = doc->segmentation().articles.at(1).id;
        w->selectArticle(second);
        QTRY_COMPARE(view->articleId(), second);
        QTRY_COMPARE(view->insertions(), 0);
        doc->undoStack()->setClean();
    }

    void errorSeriesFixedInOneStep()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("suspects.txt"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QStringLiteral("全市统计人曰\n\n本报讯 统计人曰,登记人曰,调查人曰。出口增长,路口拥堵,人口普查开始。今曰开幕。\n").toUtf8());
        f.close();
        auto w = openWindow(path);
        QVERIFY(w);
        ReviewDocument *doc = w->document();
        QTRY_VERIFY(doc);
        QAction *open = w->action(QStringLiteral("reviewErrorSeries"));
        QVERIFY(open);
        bool onReviewMenu = false;
        for (QAction *m : w->menuBar()->actions())
            onReviewMenu = onReviewMenu || menuHas(m->menu(), open);
        QVERIFY(onReviewMenu);
        open->trigger();
        OcrErrorSeriesPanel *panel = w->errorSeriesPanel();
        QVERIFY(panel->isVisible());
        // 出口, 路口, 人口 are words: only 人曰 (4 times) and 今曰.
        QCOMPARE(panel->series().size(), 2);
        QCOMPARE(panel->series().first().form, QStringLiteral("人曰"));
        QCOMPARE(panel->series().first().occurrences.size(), 4);
        panel->chooseSeries(0);
        QCOMPARE(panel->occurrenceList()->topLevelItemCount(), 4);
        QCOMPARE(panel->replacementEdit()->text(), QStringLiteral("人口"));
        QVERIFY(panel->occurrenceList()->topLevelItem(1)->text(1).contains(QStringLiteral("[人曰]")));
        // Leave one out; fix the other three in one step.
        panel->occurrenceList()->topLevelItem(3)->setCheckState(0, Qt::Unchecked);
        const int steps = doc->undoStack()->count();
        QTest::mouseClick(panel->fixButton(), Qt::LeftButton);
        QCOMPARE(doc->undoStack()->count(), steps + 1);
        QCOMPARE(panel->series().first().occurrences.size(), 1);
        // Undo brings all four back.
        doc->undoStack()->undo();
        panel->refresh();
        QCOMPARE(panel->series().first().occurrences.size(), 4);
        // The body editor underlines the suspects of the article it shows, not 出口 / 路口 / 人口.
        ParagraphEditor *body = w->articleEditor()->body();
        QTRY_VERIFY(!body->suspectsShown().isEmpty());
        for (const OcrSuspect &s : body->suspectsShown())
            QVERIFY2(s.form == QStringLiteral("人曰") || s.form == QStringLiteral("今曰"), qPrintable(s.form));
        QCOMPARE(body->extraSelections().size(), body->suspectsShown().size());
        // Choosing an occurrence selects its piece.
        panel->chooseSeries(0);
        panel->occurrenceList()->setCurrentItem(panel->occurrenceList()->topLevelItem(2));
        QCOMPARE(w->currentPiece(), panel->series().first().occurrences.at(2).pieceId);
        doc->undoStack()->setClean();
    }

    // Screenshots for docs/screenshots (run by docs/screenshots/make-desk-views.sh under xvfb-run with
    // LANG=zh_CN.UTF-8): the Chinese UI as app/main.cpp loads it, with the corrections list and the
    // original ↔ corrected view of an article with two corrections. Skipped unless asked for.
    void screenshotsOfTheChineseDesk()
    {
        const QString dir = qEnvironmentVariable("GALLEY_DESK_SCREENSHOTS");
        if (dir.isEmpty())
            QSKIP("set GALLEY_DESK_SCREENSHOTS to a folder to take the screenshots");
        QTranslator english, chinese;
        QVERIFY(english.load(QStringLiteral(":/galley/translations/galley_en.qm")));
        QCoreApplication::installTranslator(&english);
        if (chinese.load(QLocale::system(), QStringLiteral("galley"), QStringLiteral("_"), QStringLiteral(":/galley/translations")))
            QCoreApplication::installTranslator(&chinese);
        auto w = openWindow(QStringLiteral(GALLEY_SOURCE_DIR "/resources/samples/seed-page.txt"));
        QVERIFY(w);
        w->resize(1536, 940);
        ReviewDocument *doc = w->document();
        QTRY_VERIFY(doc);
        QTest::qWait(1500);
        w->grab().save(dir + QStringLiteral("/zh-desk.png"));
        // Two corrections in the first article, then the corrections list and the diff view.
        const Article article = doc->segmentation().articles.first();
        int corrected = 0;
        for (const Piece &p : article.pieces) {
            if (p.role != Role::Body || corrected == 2)
                continue;
            QString text = doc->pieceText(p.id);
            if (corrected == 0)
                text.replace(QStringLiteral("产业"), QStringLiteral("産業"));
            else
                text.insert(6, QStringLiteral("(编者注)"));
            doc->undoStack()->push(new CorrectTextCommand(doc, p.id, text));
            ++corrected;
        }
        w->selectArticle(article.id);
        w->action(QStringLiteral("reviewCorrections"))->trigger();
        QTest::qWait(500);
        w->grab().save(dir + QStringLiteral("/zh-corrections.png"));
        w->findChild<QDockWidget *>(QStringLiteral("correctionsDock"))->hide();
        w->action(QStringLiteral("viewArticleDiff"))->trigger();
        QTest::qWait(500);
        w->grab().save(dir + QStringLiteral("/zh-diff-view.png"));
        doc->undoStack()->setClean();
        QCoreApplication::removeTranslator(&chinese);
        QCoreApplication::removeTranslator(&english);
    }
};

QTEST_MAIN(TestDeskViews)
#include "tst_deskviews.moc"
