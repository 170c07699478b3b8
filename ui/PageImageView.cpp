// SPDX-FileCopyrightText: 2026 The Galley authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "PageImageView.h"

#include "ArticleColors.h"
#include "PieceMap.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QGraphicsPixmapItem>
#include <QGraphicsRectItem>
#include <QGraphicsScene>
#include <QGraphicsView>
#include <QIcon>
#include <QLabel>
#include <QMouseEvent>
#include <QPixmapCache>
#include <QScrollBar>
#include <QSettings>
#include <QStyle>
#include <QToolBar>
#include <QVBoxLayout>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace galley {

namespace {
constexpr double kMinZoomFactor = 0.25; // of fit page
constexpr double kMaxZoom = 40;         // screen pixels per page unit (a pixel-unit scan at 4000 %)
constexpr double kWheelStep = 1.15;
constexpr int kMargin = 8;              // pixels around the sheet when fitting
constexpr int kPreviewSide = 1000;      // longer side of a PDF page's first, quick rendering
constexpr int kPixmapCacheKiB = 96 * 1024;

QString zoomModeName(PageImageView::ZoomMode mode)
{
    switch (mode) {
    case PageImageView::ZoomMode::FitWidth: return QStringLiteral("fit-width");
    case PageImageView::ZoomMode::FitPage: return QStringLiteral("fit-page");
    case PageImageView::ZoomMode::Free: return QStringLiteral("free");
    }
    return QString();
}
} // namespace

// The graphics view: Ctrl+wheel zooms, a click (not a drag) selects a region, resizing refits.
class PageImageCanvas : public QGraphicsView {
public:
    PageImageCanvas(QGraphicsScene *scene, PageImageView *owner)
        : QGraphicsView(scene, owner)
        , m_owner(owner)
    {
        setDragMode(QGraphicsView::ScrollHandDrag);
        setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
        setResizeAnchor(QGraphicsView::AnchorViewCenter);
        setRenderHints(QPainter::Antialiasing | QPainter::SmoothPixmapTransform);
        setBackgroundBrush(palette().color(QPalette::Dark));
        setAlignment(Qt::AlignHCenter | Qt::AlignTop);
        viewport()->setCursor(Qt::ArrowCursor);
    }

protected:
    void wheelEvent(QWheelEvent *event) override
    {
        if (event->modifiers() & Qt::ControlModifier) {
            const double steps = event->angleDelta().y() / 120.0;
            if (steps != 0)
                m_owner->zoomBy(std::pow(kWheelStep, steps));
            event->accept();
            return;
        }
        QGraphicsView::wheelEvent(event);
    }
    void mousePressEvent(QMouseEvent *event) override
    {
        m_pressAt = event->position().toPoint();
        QGraphicsView::mousePressEvent(event);
    }
    void mouseReleaseEvent(QMouseEvent *event) override
    {
        QGraphicsView::mouseReleaseEvent(event);
        viewport()->setCursor(Qt::ArrowCursor);
        if (event->button() == Qt::LeftButton
            && (event->position().toPoint() - m_pressAt).manhattanLength() < QApplication::startDragDistance())
            m_owner->canvasClicked(event->position().toPoint());
    }
    void resizeEvent(QResizeEvent *event) override
    {
        QGraphicsView::resizeEvent(event);
        m_owner->applyZoom();
    }

private:
    PageImageView *m_owner;
    QPoint m_pressAt;
};

PageImageView::PageImageView(QWidget *parent)
    : QWidget(parent)
    , m_scene(new QGraphicsScene(this))
{
    setAccessibleName(tr("Page image"));
    setAccessibleDescription(tr("The printed page with each article's regions outlined in its colour; a click selects a piece"));

    m_toolBar = new QToolBar(this);
    m_toolBar->setObjectName(QStringLiteral("pageImageToolBar"));
    m_toolBar->setIconSize(QSize(16, 16));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_zoomGroup = new QActionGroup(this);
    m_fitWidth = m_toolBar->addAction(tr("Fit Width"));
    m_fitWidth->setObjectName(QStringLiteral("pageImageFitWidth"));
    m_fitPage = m_toolBar->addAction(tr("Fit Page"));
    m_fitPage->setObjectName(QStringLiteral("pageImageFitPage"));
    for (QAction *a : {m_fitWidth, m_fitPage}) {
        a->setCheckable(true);
        m_zoomGroup->addAction(a);
    }
    connect(m_fitWidth, &QAction::triggered, this, [this] { setZoomMode(ZoomMode::FitWidth); });
    connect(m_fitPage, &QAction::triggered, this, [this] { setZoomMode(ZoomMode::FitPage); });
    m_toolBar->addSeparator();
    QAction *in = m_toolBar->addAction(QStringLiteral("+"), this, [this] { zoomBy(kWheelStep * kWheelStep); });
    in->setObjectName(QStringLiteral("pageImageZoomIn"));
    in->setToolTip(tr("Zoom in on the page image (Ctrl+wheel)"));
    QAction *out = m_toolBar->addAction(QStringLiteral("−"), this, [this] { zoomBy(1 / (kWheelStep * kWheelStep)); });
    out->setObjectName(QStringLiteral("pageImageZoomOut"));
    out->setToolTip(tr("Zoom out of the page image (Ctrl+wheel)"));

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("pageImageMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->setContentsMargins(6, 3, 6, 3);
    m_message->hide();

    m_view = new PageImageCanvas(m_scene, this);
    m_view->setObjectName(QStringLiteral("pageImageCanvas"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_toolBar);
    layout->addWidget(m_message);
    layout->addWidget(m_view, 1);

    const QSettings settings;
    const QString saved = settings.value(QStringLiteral("PageImage/zoomMode")).toString();
    m_zoomMode = saved == zoomModeName(ZoomMode::FitPage) ? ZoomMode::FitPage
        : saved == zoomModeName(ZoomMode::Free)           ? ZoomMode::Free
                                                          : ZoomMode::FitWidth;
    m_zoom = std::clamp(settings.value(QStringLiteral("PageImage/zoom"), 1.0).toDouble(), 0.001, kMaxZoom);
    m_zoomGroup->setExclusionPolicy(QActionGroup::ExclusionPolicy::ExclusiveOptional);
    m_fitWidth->setChecked(m_zoomMode == ZoomMode::FitWidth);
    m_fitPage->setChecked(m_zoomMode == ZoomMode::FitPage);

    connect(&m_watcher, &QFutureWatcher<PageImage>::finished, this, &PageImageView::onLoaded);
    // The image's cache at the zoom shown (see applyLoaded) lives in QPixmapCache: room for a full screen.
    if (QPixmapCache::cacheLimit() < kPixmapCacheKiB)
        QPixmapCache::setCacheLimit(kPixmapCacheKiB);
}

PageImageView::~PageImageView()
{
    // A load still running finishes on the pool; its result is dropped with the watcher.
    m_watcher.disconnect(this);
}

QGraphicsView *PageImageView::graphicsView() const
{
    return m_view;
}

void PageImageView::setReviewDocument(ReviewDocument *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    m_currentPiece = 0;
    if (document)
        connect(document, &ReviewDocument::segmentationChanged, this, &PageImageView::rebuildRegions);
    m_printedPage = -1;
    showPrintedPage(0);
}

void PageImageView::showPrintedPage(int index)
{
    if (m_document) {
        index = std::clamp(index, 0, m_document->page().printedPageCount() - 1);
        if (index == m_printedPage)
            return;
    } else {
        index = -1;
    }
    m_printedPage = index;
    m_scene->clear();
    m_regions.clear();
    m_regionOrder.clear();
    m_articleOf.clear();
    m_sheet = nullptr;
    m_pixmap = nullptr;
    m_loaded = PageImage();
    if (hasPage()) {
        m_sheet = m_scene->addRect(QRectF(), QPen(Qt::NoPen), QBrush(Qt::white));
        m_sheet->setZValue(-2);
        rebuildRegions();
        startLoading();
    } else {
        ++m_generation;
        m_pending = false;
    }
    updateSceneRect();
    applyZoom();
    scrollToTopLeft();
    updateMessage();
    emit pageChanged();
}

bool PageImageView::hasPage() const
{
    return m_document && m_document->page().hasGeometry();
}

bool PageImageView::isImageShown() const
{
    return m_pixmap != nullptr;
}

bool PageImageView::isLoading() const
{
    return m_pending;
}

void PageImageView::startLoading()
{
    const PageImageSource source = PageImageSource::forPage(m_document->page(), m_printedPage);
    ++m_generation;
    m_pending = true;
    m_loaded = PageImage();
    m_loaded.source = source;
    // A PDF page is rendered twice: first small (shown after a fraction of the time), then sharp. A scan
    // is read once: a second read would decode TIFF and PNG in full again.
    m_preview = source.kind == PageImageSource::Kind::PdfPage;
    m_watcher.setProperty("generation", m_generation);
    m_watcher.setFuture(PageImageLoader::loadAsync(source, m_preview ? kPreviewSide : PageImageLoader::kDefaultMaxSide));
}

void PageImageView::waitForImage()
{
    while (m_pending) {
        m_watcher.waitForFinished();
        onLoaded();
    }
}

void PageImageView::onLoaded()
{
    // The watcher's finished() may come after waitForImage() already applied the result, or for a
    // load that a newer page superseded.
    if (!m_pending || m_watcher.property("generation").toInt() != m_generation || !m_watcher.isFinished())
        return;
    m_loaded = m_watcher.result();
    const bool first = !m_pixmap;
    if (m_preview && m_loaded.ok()) {
        m_preview = false;
        m_watcher.setFuture(PageImageLoader::loadAsync(m_loaded.source));
    } else {
        m_pending = false;
    }
    applyLoaded(first);
}

void PageImageView::applyLoaded(bool first)
{
    if (m_loaded.ok()) {
        delete m_pixmap; // the preview, replaced by the sharp image at the same place
        m_pixmap = m_scene->addPixmap(QPixmap::fromImage(m_loaded.image));
        m_pixmap->setTransformationMode(Qt::SmoothTransformation);
        // Scaled smoothly once per zoom, then blitted: a repaint while scrolling would otherwise scale
        // the whole image again (hundreds of ms for a broadsheet scan).
        m_pixmap->setCacheMode(QGraphicsItem::DeviceCoordinateCache);
        m_pixmap->setTransform(m_loaded.mapping.imageToPage());
        m_pixmap->setZValue(-1);
        m_loaded.image = QImage(); // the pixmap holds it; no second copy of a large scan
    }
    if (!first) // the sharp image over the preview: nothing moves
        return;
    updateSceneRect();
    applyZoom();
    scrollToTopLeft();
    updateMessage();
    if (m_regions.contains(m_currentPiece)) // not a piece of another printed page: that would go there
        setCurrentPiece(m_currentPiece, true);
}

QString PageImageView::message() const
{
    return m_message->text();
}

QImage PageImageView::image() const
{
    return m_pixmap ? m_pixmap->pixmap().toImage() : QImage();
}

QSize PageImageView::imageFullSize() const
{
    return m_loaded.fullSize;
}

void PageImageView::updateMessage()
{
    QString text;
    if (hasPage()) {
        if (!isImageShown())
            text = m_pending ? tr("Loading the page image…")
                             : (m_loaded.error.isEmpty() ? m_loaded.source.missing : m_loaded.error);
    }
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

void PageImageView::rebuildRegions()
{
    for (QGraphicsRectItem *item : std::as_const(m_regions))
        delete item;
    m_regions.clear();
    m_regionOrder.clear();
    m_articleOf.clear();
    if (!hasPage())
        return;
    const Page &page = m_document->page();
    const PieceMap map(m_document->segmentation());
    for (const PieceMap::Entry &e : map.entries()) {
        if (page.printedPageAt(e.span.start) != m_printedPage)
            continue; // another printed page's boxes (in that page's own coordinates)
        const QRectF box = page.boxOf(e.span);
        if (box.isNull())
            continue;
        auto *item = m_scene->addRect(box);
        m_regions.insert(e.pieceId, item);
        m_articleOf.insert(e.pieceId, e.articleIndex);
        m_regionOrder.append(e.pieceId);
        styleRegion(item, e.pieceId);
    }
    if (m_currentPiece && !m_regions.contains(m_currentPiece) && !m_document->segmentation().piece(m_currentPiece))
        m_currentPiece = 0;
    updateSceneRect();
}

void PageImageView::styleRegion(QGraphicsRectItem *item, int pieceId) const
{
    const int article = m_articleOf.value(pieceId, -1);
    const bool current = pieceId == m_currentPiece;
    QColor band = ArticleColors::band(article, false);
    QPen pen(band, current ? 3.5 : 1.6);
    pen.setCosmetic(true);
    if (article < 0)
        pen.setStyle(Qt::DashLine);
    QColor fill = current ? ArticleColors::selectedTint(article, false) : band;
    fill.setAlpha(current ? 110 : 28);
    item->setPen(pen);
    item->setBrush(fill);
    item->setZValue(current ? 2 : 1);
    item->setToolTip(article < 0 ? tr("Page furniture") : tr("Article %1").arg(article + 1));
}

void PageImageView::updateSceneRect()
{
    QRectF page;
    if (hasPage()) {
        const QSizeF size = shownPageSize();
        if (size.width() > 0 && size.height() > 0)
            page = QRectF(QPointF(0, 0), size);
        for (const QGraphicsRectItem *item : std::as_const(m_regions))
            page = page.isNull() ? item->rect() : page.united(item->rect());
        if (m_pixmap)
            page = page.united(m_pixmap->sceneBoundingRect());
    }
    if (m_sheet)
        m_sheet->setRect(page);
    m_scene->setSceneRect(page);
}

QSizeF PageImageView::shownPageSize() const
{
    const Page &page = m_document->page();
    if (page.printedPages().isEmpty() || m_printedPage < 0)
        return page.pageSize();
    return page.printedPages().at(m_printedPage).size;
}

void PageImageView::setZoomMode(ZoomMode mode)
{
    m_zoomMode = mode;
    m_fitWidth->setChecked(mode == ZoomMode::FitWidth); // free zoom: neither stays pressed
    m_fitPage->setChecked(mode == ZoomMode::FitPage);
    QSettings().setValue(QStringLiteral("PageImage/zoomMode"), zoomModeName(mode));
    applyZoom();
}

void PageImageView::zoomBy(double factor)
{
    const QRectF page = m_scene->sceneRect();
    double minZoom = 0.01;
    if (!page.isEmpty() && m_view->viewport()->width() > 0)
        minZoom = kMinZoomFactor * std::min(m_view->viewport()->width() / page.width(), m_view->viewport()->height() / page.height());
    m_zoom = std::clamp(m_zoom * factor, minZoom, kMaxZoom);
    QSettings().setValue(QStringLiteral("PageImage/zoom"), m_zoom);
    if (m_zoomMode != ZoomMode::Free)
        setZoomMode(ZoomMode::Free); // applies the zoom
    else
        applyZoom();
}

void PageImageView::applyZoom()
{
    const QRectF page = m_scene->sceneRect();
    const QSize vp = m_view->maximumViewportSize() - QSize(2 * kMargin, 2 * kMargin);
    if (!page.isEmpty() && vp.width() > 0 && vp.height() > 0) {
        if (m_zoomMode == ZoomMode::FitWidth) {
            m_zoom = vp.width() / page.width();
            // Leave room for the vertical scroll bar when the page is then taller than the view.
            if (page.height() * m_zoom > vp.height())
                m_zoom = std::max(1, vp.width() - m_view->style()->pixelMetric(QStyle::PM_ScrollBarExtent)) / page.width();
        }
        else if (m_zoomMode == ZoomMode::FitPage)
            m_zoom = std::min(vp.width() / page.width(), vp.height() / page.height());
    }
    m_view->setTransform(QTransform::fromScale(m_zoom, m_zoom));
}

void PageImageView::scrollToTopLeft()
{
    // A new page starts where reading starts (the view would centre it), before any region is scrolled to.
    m_view->horizontalScrollBar()->setValue(m_view->horizontalScrollBar()->minimum());
    m_view->verticalScrollBar()->setValue(m_view->verticalScrollBar()->minimum());
}

int PageImageView::pieceAt(QPointF pagePos) const
{
    int best = 0;
    double bestArea = 0;
    for (int id : m_regionOrder) {
        const QRectF r = m_regions.value(id)->rect();
        const double area = r.width() * r.height();
        if (r.contains(pagePos) && (!best || area < bestArea)) {
            best = id;
            bestArea = area;
        }
    }
    return best;
}

QRectF PageImageView::regionOf(int pieceId) const
{
    const QGraphicsRectItem *item = m_regions.value(pieceId);
    return item ? item->rect() : QRectF();
}

QRectF PageImageView::visiblePageRect() const
{
    return m_view->mapToScene(m_view->viewport()->rect()).boundingRect().intersected(m_scene->sceneRect());
}

QPoint PageImageView::viewportPoint(QPointF pagePos) const
{
    return m_view->mapFromScene(pagePos);
}

void PageImageView::canvasClicked(QPoint viewportPos)
{
    const int id = pieceAt(m_view->mapToScene(viewportPos));
    if (!id)
        return;
    setCurrentPiece(id, false);
    // The selection comes back through MainWindow (setCurrentPiece with scroll): the region the editor
    // just clicked is where the editor is looking, so the page must not jump.
    m_clickedPiece = id;
    emit pieceClicked(id);
    m_clickedPiece = 0;
}

void PageImageView::setCurrentPiece(int pieceId, bool scroll)
{
    if (pieceId == m_clickedPiece)
        scroll = false;
    if (pieceId && m_document && m_document->page().printedPageCount() > 1) {
        const Piece *piece = m_document->segmentation().piece(pieceId);
        const int index = piece ? m_document->page().printedPageAt(piece->span.start) : m_printedPage;
        if (index != m_printedPage) {
            m_currentPiece = pieceId; // framed as that page's regions are built
            showPrintedPage(index);
        }
    }
    const int old = m_currentPiece;
    m_currentPiece = pieceId;
    if (QGraphicsRectItem *item = m_regions.value(old))
        styleRegion(item, old);
    QGraphicsRectItem *item = m_regions.value(pieceId);
    if (!item)
        return;
    styleRegion(item, pieceId);
    if (!scroll)
        return;
    const QRectF r = item->rect();
    const QRectF visible = m_view->mapToScene(m_view->viewport()->rect()).boundingRect();
    if (visible.contains(r))
        return;
    // The whole region if it fits, else its top left corner (where the piece's text starts).
    const double m = 24 / std::max(m_zoom, 1e-6);
    if (r.width() + 2 * m <= visible.width() && r.height() + 2 * m <= visible.height())
        m_view->ensureVisible(r, 24, 24);
    else
        m_view->centerOn(QPointF(std::min(r.center().x(), r.left() + visible.width() / 2 - m),
                                 std::min(r.center().y(), r.top() + visible.height() / 2 - m)));
}

} // namespace galley
