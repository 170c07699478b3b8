// SPDX-FileCopyrightText: 2026 The Galley authors
// SPDX-License-Identifier: GPL-3.0-or-later
// GUI test of whole issues in the desk (issue 8), offscreen: a 10-page PDF issue made at test time
// (tests/core/support/IssueFixture.h) opens with the Pages navigator listing 10 pages; clicking a page
// scrolls the raw page there, the status bar and currentPrintedPageChanged follow; Ctrl+PgDown goes on;
// the article that jumps from page 1 to page 3 is one article, unlinked and relinked through the
// Article menu's actions with undo; a project save/reopen keeps pages, navigator and the linked article.
#include "ArticleTreeModel.h"
#include "MainWindow.h"
#include "PageNavigator.h"
#include "ProjectController.h"
#include "RawPageView.h"
#include "model/ReviewDocument.h"
#include "../core/support/IssueFixture.h"

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QLabel>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

#include <memory>

using namespace galley;

class TestPageNavigator : public QObject {
    Q_OBJECT

    QTemporaryDir m_tmp;
    QString m_pdf;
    std::unique_ptr<MainWindow> m_window;

    ReviewDocument *doc() const { return m_window->document(); }
    QAction *act(const char *name) const { return m_window->action(QString::fromLatin1(name)); }

    // In NFKC: the PDF gives some ideographs back as Kangxi radicals (see IssueFixture.h).
    int articleWith(const QString &needle) const
    {
        const QString key = needle.normalized(QString::NormalizationForm_KC);
        const Segmentation &seg = doc()->segmentation();
        for (int a = 0; a < seg.articles.size(); ++a)
            for (const Piece &p : seg.articles[a].pieces)
                if (doc()->rawPieceText(p.id).normalized(QString::NormalizationForm_KC).contains(key))
                    return a;
        return -1;
    }

    QString pageLabel() const
    {
        for (QLabel *l : m_window->statusBar()->findChildren<QLabel *>())
            if (l->accessibleName() == QLatin1String("Printed page"))
                return l->isVisibleTo(m_window.get()) ? l->text() : QString();
        return QString();
    }

    void open(const QString &path)
    {
        QVERIFY(m_window->openFile(path));
        m_window->waitForLoaded();
        QTRY_VERIFY(doc() != nullptr);
    }

    void checkIssue()
    {
        PageNavigator *nav = m_window->pageNavigator();
        QCOMPARE(nav->pageCount(), 10);
        QCOMPARE(nav->item(0)->text(), QStringLiteral("Page 1"));
        QCOMPARE(nav->item(9)->text(), QStringLiteral("Page 10"));
        QVERIFY(m_window->findChild<QDockWidget *>(QStringLiteral("pagesDock"))->isVisible());
        // Each page's tool tip names the stories that start there.
        QVERIFY2(nav->item(0)->toolTip().normalized(QString::NormalizationForm_KC).contains(
                     QStringLiteral("全市春耕备耕工作全面展开").normalized(QString::NormalizationForm_KC)),
                 qPrintable(nav->item(0)->toolTip()));
        QVERIFY(nav->item(2)->toolTip().normalized(QString::NormalizationForm_KC).contains(
            QStringLiteral("本地企业出口订单").normalized(QString::NormalizationForm_KC)));
        const int a = articleWith(issuefixture::frontStart());
        QVERIFY(a >= 0);
        QCOMPARE(articleWith(issuefixture::jumpedOn()), a);
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("GalleyTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_pagenavigator"));
        m_pdf = m_tmp.filePath(QStringLiteral("issue.pdf"));
        if (!issuefixture::writePdf(m_pdf, issuefixture::pageTexts()))
            QSKIP("no CJK font (Noto Sans CJK) to draw the PDF issue with");
    }

    void init()
    {
        m_window = std::make_unique<MainWindow>();
        ProjectController *project = m_window->projectController();
        project->setMessageHook([](QMessageBox::Icon, const QString &, const QString &) {});
        project->setAskSaveChanges([](const QString &) { return ProjectController::SaveChoice::Discard; });
        project->setAskRecover([](const RecoveryEntry &) { return ProjectController::RecoveryChoice::Discard; });
        m_window->resize(1400, 900);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void cleanup()
    {
        if (doc())
            doc()->undoStack()->setClean();
        m_window.reset();
    }

    void navigatorListsAndFollowsPages()
    {
        open(m_pdf);
        checkIssue();
        PageNavigator *nav = m_window->pageNavigator();
        QSignalSpy spy(m_window.get(), &MainWindow::currentPrintedPageChanged);
        // A click on "Page 6": the raw page shows page 6 at its top, the status bar says so.
        const QRect rect = nav->visualItemRect(nav->item(5));
        QTest::mouseClick(nav->viewport(), Qt::LeftButton, {}, rect.center());
        QCOMPARE(m_window->currentPrintedPage(), 5);
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.last().first().toInt(), 5);
        QCOMPARE(nav->currentPage(), 5);
        RawPageView *raw = m_window->rawView();
        const int top = raw->cursorForPosition(QPoint(0, 0)).position();
        QCOMPARE(doc()->page().printedPageAt(top), 5);
        QCOMPARE(pageLabel(), QStringLiteral("Page 6 (6 of 10)"));
        // Keyboard: next page, previous page twice.
        act("viewNextPage")->trigger();
        QCOMPARE(m_window->currentPrintedPage(), 6);
        QCOMPARE(nav->currentPage(), 6);
        act("viewPreviousPage")->trigger();
        act("viewPreviousPage")->trigger();
        QCOMPARE(m_window->currentPrintedPage(), 4);
        QCOMPARE(pageLabel(), QStringLiteral("Page 5 (5 of 10)"));
        // Selecting a piece on page 3 moves the highlight there.
        const int a = articleWith(issuefixture::jumpedOn());
        for (const Piece &p : doc()->segmentation().articles[a].pieces)
            if (doc()->rawPieceText(p.id).normalized(QString::NormalizationForm_KC).contains(
                    issuefixture::jumpedOn().normalized(QString::NormalizationForm_KC))) {
                m_window->selectPiece(p.id);
                break;
            }
        QCOMPARE(m_window->currentPrintedPage(), 2);
        QCOMPARE(nav->currentPage(), 2);
    }

    void unlinkAndLinkWithUndo()
    {
        open(m_pdf);
        const int before = int(doc()->segmentation().articles.size());
        const int a = articleWith(issuefixture::frontStart());
        const int id = doc()->segmentation().articles[a].id;
        m_window->selectArticle(id);
        act("articleUnlinkPages")->trigger();
        QCOMPARE(doc()->segmentation().articles.size(), before + 1);
        const int first = articleWith(issuefixture::frontStart());
        const int second = articleWith(issuefixture::jumpedOn());
        QVERIFY(first != second);
        // Select both parts in the tree and link them again.
        QTreeView *tree = m_window->articleTree();
        m_window->selectArticle(doc()->segmentation().articles[second].id);
        tree->selectionModel()->select(tree->currentIndex(), QItemSelectionModel::Select | QItemSelectionModel::Rows);
        const QModelIndex firstRow = m_window->articleModel()->indexForArticle(doc()->segmentation().articles[first].id);
        tree->selectionModel()->select(firstRow, QItemSelectionModel::Select | QItemSelectionModel::Rows);
        QCOMPARE(m_window->selectedArticles().size(), 2);
        act("articleLinkPages")->trigger();
        QCOMPARE(doc()->segmentation().articles.size(), before);
        QCOMPARE(articleWith(issuefixture::jumpedOn()), articleWith(issuefixture::frontStart()));
        act("editUndo")->trigger();
        QCOMPARE(doc()->segmentation().articles.size(), before + 1);
        act("editUndo")->trigger();
        QCOMPARE(doc()->segmentation().articles.size(), before);
        QCOMPARE(articleWith(issuefixture::jumpedOn()), articleWith(issuefixture::frontStart()));
    }

    void projectReopensTheIssue()
    {
        open(m_pdf);
        const QString project = m_tmp.filePath(QStringLiteral("issue.galley"));
        QVERIFY(m_window->projectController()->saveTo(project));
        m_window.reset();
        init();
        open(project);
        checkIssue();
        QCOMPARE(m_window->currentPrintedPage(), 0);
        m_window->gotoPrintedPage(9);
        QCOMPARE(pageLabel(), QStringLiteral("Page 10 (10 of 10)"));
    }

    void singlePageShowsNoNavigator()
    {
        open(QStringLiteral(GALLEY_TEST_DATA "/seed-page.txt"));
        QCOMPARE(m_window->pageNavigator()->pageCount(), 1);
        QVERIFY(!m_window->findChild<QDockWidget *>(QStringLiteral("pagesDock"))->isVisible());
        QVERIFY(pageLabel().isEmpty());
        QCOMPARE(m_window->currentPrintedPage(), 0);
    }
};

QTEST_MAIN(TestPageNavigator)
#include "tst_pagenavigator.moc"
