// SPDX-FileCopyrightText: 2026 The Galley authors
// SPDX-License-Identifier: GPL-3.0-or-later
// GUI tests of the page image in the review desk (PageImageView in MainWindow), offscreen, on the
// small laid-out pages of tests/data/image: a click on a region selects its piece in the tree and the
// editor; a piece chosen in the tree is framed and scrolled to on the image; zoom modes; a missing
// scan says so without a crash; a text page hides the view; a saved project reopens with its image;
// the layout (shown/hidden, zoom mode, divider) is remembered.
#include "ArticleEditor.h"
#include "ArticleTreeModel.h"
#include "MainWindow.h"
#include "PageImageView.h"
#include "ProjectController.h"
#include "RawPageView.h"
#include "model/ReviewDocument.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QGraphicsView>
#include <QScrollBar>
#include <QSettings>
#include <QSplitter>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QWheelEvent>

#include <memory>

using namespace galley;

namespace {
const QString kData = QStringLiteral(GALLEY_TEST_DATA "/image");
} // namespace

class TestPageImageView : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();

    void scanShownWithEveryPieceOutlined();
    void clickOnRegionSelectsItsPieceEverywhere();
    void pieceChosenInTreeIsFramedAndScrolledTo();
    void zoomModes();
    void ctrlWheelZoomsTheImageNotTheText();
    void pdfPageShown();
    void missingScanGivesMessageAndOutlines();
    void textPageHidesTheView();
    void projectReopensWithImageAndOutlines();
    void layoutIsRemembered();

private:
    void open(const QString &path);
    ReviewDocument *doc() const { return m_window ? m_window->document() : nullptr; }
    PageImageView *view() const { return m_window->pageImageView(); }
    int pieceWithText(const QString &text) const;

    std::unique_ptr<MainWindow> m_window;
    QTemporaryDir m_home;
};

void TestPageImageView::initTestCase()
{
    QVERIFY(m_home.isValid());
    qputenv("XDG_DATA_HOME", m_home.filePath(QStringLiteral("data")).toUtf8());
    qputenv("XDG_CONFIG_HOME", m_home.filePath(QStringLiteral("config")).toUtf8());
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("GalleyTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_pageimageview"));
    QSettings().clear();
}

void TestPageImageView::init()
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

void TestPageImageView::cleanup()
{
    if (doc())
        doc()->undoStack()->setClean();
    if (m_window)
        m_window->close(); // saves the layout, as when the editor quits
    m_window.reset();
}

void TestPageImageView::open(const QString &path)
{
    QVERIFY(m_window->openFile(path));
    m_window->waitForLoaded();
    QTRY_VERIFY(doc() != nullptr);
    view()->waitForImage();
    QCoreApplication::processEvents();
}

int TestPageImageView::pieceWithText(const QString &text) const
{
    for (const Piece &p : doc()->segmentation().allPieces())
        if (doc()->page().textOf(p.span).startsWith(text))
            return p.id;
    return 0;
}

void TestPageImageView::scanShownWithEveryPieceOutlined()
{
    open(kData + QStringLiteral("/desk-alto.xml"));
    if (QTest::currentTestFailed())
        return;
    QVERIFY(view()->isVisible());
    QVERIFY(view()->hasPage());
    QVERIFY2(view()->isImageShown(), qPrintable(view()->message()));
    QVERIFY(view()->message().isEmpty());
    QCOMPARE(view()->imageFullSize(), QSize(600, 800));
    // The view sits left of the raw page in the divider.
    QCOMPARE(m_window->pageSplitter()->widget(0), view());
    QCOMPARE(m_window->pageSplitter()->widget(1), m_window->rawView());
    // Every piece has its region: the box of its lines.
    const Segmentation &seg = doc()->segmentation();
    QCOMPARE(seg.articles.size(), 2);
    for (const Piece &p : seg.allPieces())
        QCOMPARE(view()->regionOf(p.id), doc()->page().boxOf(p.span));
    // The image holds the printed text where the headline's box says (dark ink inside the box).
    const QImage image = view()->image();
    const QRectF head = view()->regionOf(pieceWithText(QStringLiteral("Harbour Reopens")));
    QCOMPARE(head.topLeft(), QPointF(40, 40));
    int dark = 0;
    for (int y = int(head.top()); y < int(head.bottom()); ++y)
        for (int x = int(head.left()); x < int(head.right()); ++x)
            dark += qGray(image.pixel(x, y)) < 100;
    QVERIFY2(dark > 300, qPrintable(QString::number(dark)));
}

void TestPageImageView::clickOnRegionSelectsItsPieceEverywhere()
{
    open(kData + QStringLiteral("/desk-alto.xml"));
    if (QTest::currentTestFailed())
        return;
    const int council = pieceWithText(QStringLiteral("The town council"));
    QVERIFY(council);
    const QRectF region = view()->regionOf(council);
    QVERIFY(!region.isNull());
    QWidget *canvas = view()->graphicsView()->viewport();
    QTest::mouseClick(canvas, Qt::LeftButton, {}, view()->viewportPoint(region.center()));
    QTRY_COMPARE(m_window->currentPiece(), council);
    QCOMPARE(ArticleTreeModel::pieceId(m_window->articleTree()->currentIndex()), council);
    const int article = doc()->segmentation().articles[doc()->segmentation().locatePiece(council).first].id;
    QCOMPARE(m_window->currentArticle(), article);
    QCOMPARE(m_window->articleEditor()->articleId(), article);
    QCOMPARE(m_window->rawView()->currentPiece(), council);
    QCOMPARE(view()->currentPiece(), council);
    QCOMPARE(view()->currentRegion(), region);
    // A click on a region partly out of view selects it without moving the page.
    view()->zoomBy(4);
    QCoreApplication::processEvents();
    const int body = pieceWithText(QStringLiteral("The harbour opened"));
    const QRectF bodyRegion = view()->regionOf(body);
    QGraphicsView *g = view()->graphicsView();
    g->centerOn(bodyRegion.bottomRight());
    QCoreApplication::processEvents();
    QVERIFY(!view()->visiblePageRect().contains(bodyRegion));
    QVERIFY(view()->visiblePageRect().contains(bodyRegion.bottomRight() - QPointF(4, 4)));
    const QPointF scrolled(g->horizontalScrollBar()->value(), g->verticalScrollBar()->value());
    QTest::mouseClick(canvas, Qt::LeftButton, {}, view()->viewportPoint(bodyRegion.bottomRight() - QPointF(4, 4)));
    QTRY_COMPARE(m_window->currentPiece(), body);
    QCOMPARE(QPointF(g->horizontalScrollBar()->value(), g->verticalScrollBar()->value()), scrolled);
    view()->setZoomMode(PageImageView::ZoomMode::FitPage);
    QCoreApplication::processEvents();
    // A click on bare paper changes nothing.
    QTest::mouseClick(canvas, Qt::LeftButton, {}, view()->viewportPoint(QPointF(580, 780)));
    QCoreApplication::processEvents();
    QCOMPARE(m_window->currentPiece(), body);
}

void TestPageImageView::pieceChosenInTreeIsFramedAndScrolledTo()
{
    open(kData + QStringLiteral("/desk-alto.xml"));
    if (QTest::currentTestFailed())
        return;
    // Zoomed in far enough that the page does not fit: the piece must be scrolled to.
    view()->setZoomMode(PageImageView::ZoomMode::FitWidth);
    view()->zoomBy(4);
    QCoreApplication::processEvents();
    const int top = pieceWithText(QStringLiteral("Harbour Reopens"));
    const int bottom = pieceWithText(QStringLiteral("The town council"));
    m_window->selectPiece(top);
    QCOMPARE(view()->currentPiece(), top);
    QVERIFY(view()->visiblePageRect().intersects(view()->regionOf(top)));
    QVERIFY(!view()->visiblePageRect().contains(view()->regionOf(bottom)));
    // Choosing the other piece in the tree frames it and scrolls it into view.
    const QModelIndex index = m_window->articleModel()->indexForPiece(bottom);
    m_window->articleTree()->setCurrentIndex(index);
    QCOMPARE(m_window->currentPiece(), bottom);
    QCOMPARE(view()->currentPiece(), bottom);
    QCOMPARE(view()->currentRegion(), doc()->page().boxOf(doc()->segmentation().piece(bottom)->span));
    QTRY_VERIFY(view()->visiblePageRect().contains(view()->currentRegion().center()));
    // Selecting an article row frames its first piece; a region wider than the view shows where its
    // text starts.
    m_window->selectArticle(doc()->segmentation().articles.first().id);
    QCOMPARE(view()->currentPiece(), doc()->segmentation().articles.first().pieces.first().id);
    QVERIFY(view()->currentRegion().width() > view()->visiblePageRect().width());
    QTRY_VERIFY(view()->visiblePageRect().contains(view()->currentRegion().topLeft() + QPointF(2, 2)));
    QVERIFY(view()->visiblePageRect().contains(QPointF(view()->currentRegion().left() + 2, view()->currentRegion().center().y())));
}

void TestPageImageView::zoomModes()
{
    open(kData + QStringLiteral("/desk-alto.xml"));
    if (QTest::currentTestFailed())
        return;
    QGraphicsView *g = view()->graphicsView();
    const QRectF page(0, 0, 600, 800);
    view()->setZoomMode(PageImageView::ZoomMode::FitPage);
    QCoreApplication::processEvents();
    // The whole page is visible.
    QVERIFY(view()->visiblePageRect().contains(page.adjusted(1, 1, -1, -1)));
    const double fitPage = view()->zoom();
    view()->setZoomMode(PageImageView::ZoomMode::FitWidth);
    QCoreApplication::processEvents();
    const double fitWidth = view()->zoom();
    // The view is taller than wide relative to the page? Either way: fit width shows the full width.
    QVERIFY(view()->visiblePageRect().width() >= page.width() - 1);
    QVERIFY(fitWidth >= fitPage * 0.95);
    // The fit follows the divider.
    QList<int> sizes = m_window->pageSplitter()->sizes();
    m_window->pageSplitter()->setSizes({sizes[0] / 2, sizes[1] + sizes[0] - sizes[0] / 2});
    QCoreApplication::processEvents();
    QTRY_VERIFY(view()->zoom() < fitWidth * 0.75);
    QVERIFY(view()->visiblePageRect().width() >= page.width() - 1);
    // Zoom in: free zoom, neither fit stays on, and a resize keeps it.
    view()->zoomBy(4);
    QCOMPARE(view()->zoomMode(), PageImageView::ZoomMode::Free);
    QVERIFY(!m_window->findChild<QAction *>(QStringLiteral("pageImageFitWidth"))->isChecked());
    QVERIFY(!m_window->findChild<QAction *>(QStringLiteral("pageImageFitPage"))->isChecked());
    const double free = view()->zoom();
    m_window->pageSplitter()->setSizes(sizes);
    QCoreApplication::processEvents();
    QCOMPARE(view()->zoom(), free);
    QVERIFY(g->horizontalScrollBar()->maximum() > 0 || g->verticalScrollBar()->maximum() > 0);
}

void TestPageImageView::ctrlWheelZoomsTheImageNotTheText()
{
    open(kData + QStringLiteral("/desk-alto.xml"));
    if (QTest::currentTestFailed())
        return;
    const double before = view()->zoom();
    const int textSize = m_window->rawView()->font().pointSize();
    QWidget *canvas = view()->graphicsView()->viewport();
    const QPoint at = canvas->rect().center();
    QWheelEvent wheel(at, canvas->mapToGlobal(at), QPoint(), QPoint(0, 240), Qt::NoButton, Qt::ControlModifier,
                      Qt::NoScrollPhase, false);
    QApplication::sendEvent(canvas, &wheel);
    QVERIFY2(view()->zoom() > before * 1.3, qPrintable(QStringLiteral("%1 → %2").arg(before).arg(view()->zoom())));
    QCOMPARE(view()->zoomMode(), PageImageView::ZoomMode::Free);
    QCOMPARE(m_window->rawView()->font().pointSize(), textSize);
    // Without Ctrl the wheel scrolls instead.
    const double zoomed = view()->zoom();
    QWheelEvent scroll(at, canvas->mapToGlobal(at), QPoint(), QPoint(0, -120), Qt::NoButton, Qt::NoModifier,
                       Qt::NoScrollPhase, false);
    QApplication::sendEvent(canvas, &scroll);
    QCOMPARE(view()->zoom(), zoomed);
}

void TestPageImageView::pdfPageShown()
{
    open(kData + QStringLiteral("/desk-page.pdf"));
    if (QTest::currentTestFailed())
        return;
    QVERIFY(view()->isVisible());
    QVERIFY2(view()->isImageShown(), qPrintable(view()->message()));
    QCOMPARE(doc()->page().geometryUnit(), GeometryUnit::PdfPoint);
    const int head = pieceWithText(QStringLiteral("Council Votes"));
    QVERIFY(head);
    QTest::mouseClick(view()->graphicsView()->viewport(), Qt::LeftButton, {},
                      view()->viewportPoint(view()->regionOf(head).center()));
    QTRY_COMPARE(m_window->currentPiece(), head);
}

void TestPageImageView::missingScanGivesMessageAndOutlines()
{
    open(kData + QStringLiteral("/missing-scan.xml"));
    if (QTest::currentTestFailed())
        return;
    QVERIFY(view()->isVisible());
    QVERIFY(!view()->isImageShown());
    QVERIFY(!view()->isLoading());
    QVERIFY2(view()->message().contains(QStringLiteral("gone-0001.tif")), qPrintable(view()->message()));
    QVERIFY(view()->message().startsWith(QStringLiteral("No page image")));
    // The outlines still show on a blank sheet and still select.
    const int council = pieceWithText(QStringLiteral("The town council"));
    QTest::mouseClick(view()->graphicsView()->viewport(), Qt::LeftButton, {},
                      view()->viewportPoint(view()->regionOf(council).center()));
    QTRY_COMPARE(m_window->currentPiece(), council);
}

void TestPageImageView::textPageHidesTheView()
{
    open(kData + QStringLiteral("/desk-alto.xml"));
    if (QTest::currentTestFailed())
        return;
    QVERIFY(view()->isVisible());
    open(QStringLiteral(GALLEY_TEST_DATA "/seed-page.txt"));
    if (QTest::currentTestFailed())
        return;
    QVERIFY(!view()->hasPage());
    QVERIFY(!view()->isVisible());
    QVERIFY(m_window->rawView()->isVisible());
    QVERIFY(m_window->action(QStringLiteral("viewPageImage"))->isChecked()); // the editor's choice stays
    // The raw page still selects as ever, and the hidden view follows without a region.
    const int piece = doc()->segmentation().articles.last().pieces.first().id;
    m_window->selectPiece(piece);
    QCOMPARE(view()->currentPiece(), piece);
    QVERIFY(view()->currentRegion().isNull());
}

void TestPageImageView::projectReopensWithImageAndOutlines()
{
    QTemporaryDir dir;
    for (const char *name : {"desk-alto.xml", "desk-alto.png"})
        QVERIFY(QFile::copy(kData + u'/' + QLatin1String(name), dir.filePath(QLatin1String(name))));
    open(dir.filePath(QStringLiteral("desk-alto.xml")));
    if (QTest::currentTestFailed())
        return;
    const QString project = dir.filePath(QStringLiteral("desk.galley"));
    QVERIFY(m_window->projectController()->saveTo(project));
    const int council = pieceWithText(QStringLiteral("The town council"));
    const QRectF region = view()->regionOf(council);
    m_window.reset();

    init();
    open(project);
    if (QTest::currentTestFailed())
        return;
    QVERIFY(doc()->page().hasGeometry());
    QVERIFY2(view()->isImageShown(), qPrintable(view()->message()));
    QCOMPARE(view()->regionOf(council), region);
    m_window->selectPiece(council);
    QCOMPARE(view()->currentRegion(), region);
}

void TestPageImageView::layoutIsRemembered()
{
    open(kData + QStringLiteral("/desk-alto.xml"));
    if (QTest::currentTestFailed())
        return;
    view()->setZoomMode(PageImageView::ZoomMode::FitPage);
    m_window->pageSplitter()->setSizes({500, 300});
    QCoreApplication::processEvents();
    const QList<int> sizes = m_window->pageSplitter()->sizes();
    cleanup(); // closes the window: the layout is saved

    init();
    QCOMPARE(view()->zoomMode(), PageImageView::ZoomMode::FitPage);
    open(kData + QStringLiteral("/desk-alto.xml"));
    if (QTest::currentTestFailed())
        return;
    QVERIFY(view()->isVisible());
    QCOMPARE(m_window->pageSplitter()->sizes(), sizes);
    // Hidden through the View menu: stays hidden for the next page and the next start.
    QAction *toggle = m_window->action(QStringLiteral("viewPageImage"));
    QVERIFY(toggle->isCheckable());
    toggle->trigger();
    QVERIFY(!view()->isVisible());
    cleanup();
    init();
    open(kData + QStringLiteral("/desk-page.pdf"));
    if (QTest::currentTestFailed())
        return;
    QVERIFY(!m_window->action(QStringLiteral("viewPageImage"))->isChecked());
    QVERIFY(!view()->isVisible());
    m_window->action(QStringLiteral("viewPageImage"))->trigger();
    QVERIFY(view()->isVisible());
    QVERIFY(view()->isImageShown());
    // A free zoom is remembered as such.
    view()->zoomBy(3);
    const double zoom = view()->zoom();
    cleanup();
    init();
    QCOMPARE(view()->zoomMode(), PageImageView::ZoomMode::Free);
    QCOMPARE(view()->zoom(), zoom);
}

QTEST_MAIN(TestPageImageView)
#include "tst_pageimageview.moc"
