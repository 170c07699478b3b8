// SPDX-FileCopyrightText: 2026 The Galley authors
// SPDX-License-Identifier: GPL-3.0-or-later
// GUI test of the page image view with a whole issue, offscreen: a 10-page PDF issue made at test time
// (tests/core/support/IssueFixture.h) opens on page 1; the navigator's "Page 3" shows PDF page 3 with
// the outlines of page 3's pieces only; a piece of page 1 chosen in the tree brings page 1 back with
// that piece framed; a click on a region still selects its piece; Ctrl+PgDown moves the image on.
#include "ArticleTreeModel.h"
#include "MainWindow.h"
#include "PageImageView.h"
#include "PageNavigator.h"
#include "ProjectController.h"
#include "model/ReviewDocument.h"
#include "../core/support/IssueFixture.h"

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QGraphicsView>
#include <QSplitter>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

#include <memory>

using namespace galley;

class TestIssuePageImage : public QObject {
    Q_OBJECT

    QTemporaryDir m_tmp;
    QString m_pdf;
    std::unique_ptr<MainWindow> m_window;

    ReviewDocument *doc() const { return m_window->document(); }
    PageImageView *view() const { return m_window->findChild<PageImageView *>(QStringLiteral("pageImage")); }

    // The first piece (in text order) whose raw text holds needle, compared in NFKC (IssueFixture.h).
    int pieceWith(const QString &needle) const
    {
        const QString key = needle.normalized(QString::NormalizationForm_KC);
        const Segmentation &seg = doc()->segmentation();
        for (const Article &a : seg.articles)
            for (const Piece &p : a.pieces)
                if (doc()->rawPieceText(p.id).normalized(QString::NormalizationForm_KC).contains(key))
                    return p.id;
        return 0;
    }
    int pageOf(int pieceId) const { return doc()->page().printedPageAt(doc()->segmentation().piece(pieceId)->span.start); }

    // Every outlined piece lies on printed page index, and there are some.
    void checkOutlinesOnlyOf(int index)
    {
        const Segmentation &seg = doc()->segmentation();
        int outlined = 0;
        for (const Article &a : seg.articles)
            for (const Piece &p : a.pieces) {
                const bool here = pageOf(p.id) == index;
                if (!view()->regionOf(p.id).isNull()) {
                    ++outlined;
                    QVERIFY2(here, qPrintable(QStringLiteral("piece %1 of page %2 outlined on page %3")
                                                  .arg(p.id).arg(pageOf(p.id) + 1).arg(index + 1)));
                }
            }
        QVERIFY(outlined >= 2);
    }

    // Dark pixels of the image inside a region: the printed text is where the outline is.
    int darkPixelsIn(const QRectF &region) const
    {
        const QImage image = view()->image();
        const QRectF r = QTransform::fromScale(image.width() / 595.0, image.height() / 842.0).mapRect(region);
        int dark = 0;
        for (int y = int(r.top()); y < int(r.bottom()); ++y)
            for (int x = int(r.left()); x < int(r.right()); ++x)
                dark += qGray(image.pixel(x, y)) < 128;
        return dark;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("GalleyTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_issuepageimage"));
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
        QVERIFY(m_window->openFile(m_pdf));
        m_window->waitForLoaded();
        QTRY_VERIFY(doc() != nullptr);
        QCOMPARE(doc()->page().printedPageCount(), 10);
    }

    void cleanup()
    {
        if (doc())
            doc()->undoStack()->setClean();
        m_window.reset();
    }

    void imageFollowsThePageAndTheSelection()
    {
        PageImageView *image = view();
        QVERIFY(image->isVisible());
        image->waitForImage();
        QCOMPARE(image->printedPage(), 0);
        QCOMPARE(image->imageSource().kind, PageImageSource::Kind::PdfPage);
        QCOMPARE(image->imageSource().pdfPageIndex, 0);
        checkOutlinesOnlyOf(0);

        // "Page 3" in the navigator: PDF page 3, the outlines of page 3's pieces.
        PageNavigator *nav = m_window->pageNavigator();
        QTest::mouseClick(nav->viewport(), Qt::LeftButton, {}, nav->visualItemRect(nav->item(2)).center());
        QCOMPARE(m_window->currentPrintedPage(), 2);
        QCOMPARE(image->printedPage(), 2);
        image->waitForImage();
        QVERIFY(image->isImageShown());
        QCOMPARE(image->imageSource().pdfPageIndex, 2);
        QCOMPARE(image->imageSource().pageSize, QSizeF(595, 842));
        checkOutlinesOnlyOf(2);
        const int jumped = pieceWith(issuefixture::jumpedOn());
        QVERIFY(jumped);
        QCOMPARE(pageOf(jumped), 2);
        const QRectF onThree = image->regionOf(jumped);
        QVERIFY(!onThree.isNull());
        QVERIFY2(darkPixelsIn(onThree) > 100, qPrintable(QString::number(darkPixelsIn(onThree))));

        // A piece of page 1 chosen in the tree: page 1 again, that piece framed and in view.
        const int front = pieceWith(issuefixture::frontStart());
        QVERIFY(front);
        QCOMPARE(pageOf(front), 0);
        QVERIFY(image->regionOf(front).isNull());
        m_window->articleTree()->setCurrentIndex(m_window->articleModel()->indexForPiece(front));
        QCOMPARE(m_window->currentPiece(), front);
        QCOMPARE(image->printedPage(), 0);
        QCOMPARE(image->currentPiece(), front);
        QCOMPARE(image->currentRegion(), doc()->page().boxOf(doc()->segmentation().piece(front)->span));
        image->waitForImage();
        QCOMPARE(image->imageSource().pdfPageIndex, 0);
        QCOMPARE(m_window->currentPrintedPage(), 0);
        checkOutlinesOnlyOf(0);
        QTRY_VERIFY(image->visiblePageRect().intersects(image->currentRegion()));
        QVERIFY(darkPixelsIn(image->currentRegion()) > 100);

        // A click on another region of page 1 still selects its piece.
        const int park = pieceWith(QStringLiteral("公园占地三百亩"));
        QVERIFY(park);
        QCOMPARE(pageOf(park), 0);
        image->setZoomMode(PageImageView::ZoomMode::FitPage);
        QCoreApplication::processEvents();
        QTest::mouseClick(image->graphicsView()->viewport(), Qt::LeftButton, {},
                          image->viewportPoint(image->regionOf(park).center()));
        QTRY_COMPARE(m_window->currentPiece(), park);
        QCOMPARE(image->currentPiece(), park);
        QCOMPARE(image->printedPage(), 0);

        // The keyboard's next page moves the image on; the last page is PDF page 10.
        m_window->action(QStringLiteral("viewNextPage"))->trigger();
        QCOMPARE(image->printedPage(), 1);
        m_window->gotoPrintedPage(9);
        QCOMPARE(image->printedPage(), 9);
        image->waitForImage();
        QCOMPARE(image->imageSource().pdfPageIndex, 9);
        checkOutlinesOnlyOf(9);
    }

    // docs/screenshots/issue-page-image.png, taken by docs/screenshots/make-issue-page-image.sh.
    void screenshotOfPageThree()
    {
        const QString dir = qEnvironmentVariable("GALLEY_ISSUE_SCREENSHOTS");
        if (dir.isEmpty())
            QSKIP("set GALLEY_ISSUE_SCREENSHOTS to a folder to take the screenshot");
        m_window->resize(1536, 940);
        if (auto *pages = m_window->findChild<QDockWidget *>(QStringLiteral("pagesDock")))
            m_window->resizeDocks({pages}, {110}, Qt::Horizontal);
        if (auto *split = m_window->findChild<QSplitter *>(QStringLiteral("pageSplitter")))
            split->setSizes({640, 330});
        QTest::qWait(300);
        m_window->gotoPrintedPage(2);
        view()->setZoomMode(PageImageView::ZoomMode::FitWidth);
        view()->waitForImage();
        view()->zoomBy(1.5); // the printed text readable
        m_window->selectPiece(pieceWith(issuefixture::jumpedOn()));
        QTest::qWait(1500);
        QVERIFY(m_window->grab().save(dir + QStringLiteral("/issue-page-image.png")));
    }
};

QTEST_MAIN(TestIssuePageImage)
#include "tst_issuepageimage.moc"
