// SPDX-FileCopyrightText: 2026 The Galley authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// PageImageView: the printed page beside the raw text — the rendered PDF page or the scan
// (PageImageSource / PageImageLoader, loaded off the GUI thread; a PDF page first quickly at low
// resolution, then sharp), each piece's region outlined in its
// article's colour (ArticleColors; page furniture in grey).
//  - A click on a region emits pieceClicked (MainWindow selects that piece everywhere, as for a click
//    on the raw page); setCurrentPiece() frames a piece's region and scrolls it into view.
//  - Zoom: fit width, fit page, or free (Ctrl+wheel, zoom in/out), independent of the text views; the
//    zoom mode and the free zoom are remembered in QSettings ("PageImage/zoomMode", "PageImage/zoom").
//  - A page with boxes but no image found (or an unreadable one) shows the outlines on a blank sheet
//    and says why in a message line; a text page has nothing to show (hasPage() is false: MainWindow
//    hides the view).
// Coordinates: the scene is in the page's own GeometryUnit (Page::geometryUnit(); regions are
// Page::boxOf() of each piece's span), the image is placed on it through PageImageMapping.
// Which printed page is shown comes from one place, showPrintedPage() → PageImageSource::forPage(); a
// document of several printed pages (an issue) shows one at a time, with the outlines of its pieces only.
// The ReviewDocument is not owned.
#include "image/PageImageLoader.h"
#include "model/ReviewDocument.h"

#include <QFutureWatcher>
#include <QHash>
#include <QPointer>
#include <QWidget>

class QAction;
class QActionGroup;
class QGraphicsPixmapItem;
class QGraphicsRectItem;
class QGraphicsScene;
class QGraphicsView;
class QLabel;
class QToolBar;

namespace galley {

class PageImageView : public QWidget {
    Q_OBJECT
public:
    enum class ZoomMode { FitWidth, FitPage, Free };

    explicit PageImageView(QWidget *parent = nullptr);
    ~PageImageView() override;

    /// Shows document's page (nullptr clears the view) and starts loading its image.
    void setReviewDocument(ReviewDocument *document);
    ReviewDocument *reviewDocument() const { return m_document; }
    /// Shows printed page index (into Page::printedPages(), clamped; 0 for a single page) of the
    /// document: its image (PageImageSource::forPage) and the outlines of the pieces inside its span.
    /// MainWindow calls it on currentPrintedPageChanged; nothing happens when that page is shown already.
    void showPrintedPage(int index);
    /// Index of the printed page shown (0 for a single page; -1 without a document).
    int printedPage() const { return m_printedPage; }

    /// True when the page has boxes (PDF, ALTO, hOCR, PAGE): there is something to show.
    bool hasPage() const;
    /// True once the image is shown; false while loading, for text pages and when it is missing.
    bool isImageShown() const;
    /// True while the image is being read or rendered.
    bool isLoading() const;
    /// Blocks until a running load has finished and its image is shown (tests, benchmarks).
    void waitForImage();
    /// The message line ("No page image: …", "Loading …"), empty when the image is shown.
    QString message() const;
    /// The image shown (downscaled; a copy), or a null image.
    QImage image() const;
    /// Where the image shown (or being loaded) comes from; kind None without a page.
    const PageImageSource &imageSource() const { return m_loaded.source; }
    /// The stored size of the scan (or of the PDF page at PageImageLoader::kMaxPdfDpi); empty if none.
    QSize imageFullSize() const;

    int currentPiece() const { return m_currentPiece; }
    /// Frames pieceId's region (0: none); with scroll, brings it into view. A piece on another printed
    /// page shows that page first.
    void setCurrentPiece(int pieceId, bool scroll = true);
    /// The region of pieceId in page units (null if it has none on the printed page shown).
    QRectF regionOf(int pieceId) const;
    /// The region of the current piece in page units (null if none).
    QRectF currentRegion() const { return regionOf(m_currentPiece); }
    /// The piece whose region holds pagePos (the smallest if regions overlap), or 0.
    int pieceAt(QPointF pagePos) const;
    /// The part of the page visible in the view, in page units.
    QRectF visiblePageRect() const;
    /// Viewport coordinates of a point in page units (tests click there).
    QPoint viewportPoint(QPointF pagePos) const;
    QGraphicsView *graphicsView() const;

    ZoomMode zoomMode() const { return m_zoomMode; }
    void setZoomMode(ZoomMode mode);
    /// Screen pixels per page unit.
    double zoom() const { return m_zoom; }
    /// Multiplies the zoom (free mode from then on); the wheel keeps the point under the mouse.
    void zoomBy(double factor);

signals:
    /// The user clicked a piece's region.
    void pieceClicked(int pieceId);
    /// hasPage() may have changed (a document with or without boxes was set).
    void pageChanged();

private:
    friend class PageImageCanvas;
    void rebuildRegions();
    void startLoading();
    void onLoaded();
    void applyLoaded(bool first);
    void applyZoom();
    void scrollToTopLeft();
    void updateSceneRect();
    void updateMessage();
    void styleRegion(QGraphicsRectItem *item, int pieceId) const;
    void canvasClicked(QPoint viewportPos);
    QSizeF shownPageSize() const;

    QPointer<ReviewDocument> m_document;
    int m_printedPage = -1; // index into Page::printedPages() shown (0 for a single page)
    QToolBar *m_toolBar = nullptr;
    QLabel *m_message = nullptr;
    QGraphicsScene *m_scene = nullptr;
    QGraphicsView *m_view = nullptr;
    QGraphicsRectItem *m_sheet = nullptr;
    QGraphicsPixmapItem *m_pixmap = nullptr;
    QHash<int, QGraphicsRectItem *> m_regions; // piece id → its outline (lookup only, never iterated for output)
    QHash<int, int> m_articleOf;               // piece id → article index (-1: furniture)
    QList<int> m_regionOrder;                  // piece ids in page order (hit testing, deterministic)
    int m_currentPiece = 0;
    int m_clickedPiece = 0; // while pieceClicked is emitted
    ZoomMode m_zoomMode = ZoomMode::FitWidth;
    double m_zoom = 1;
    QActionGroup *m_zoomGroup = nullptr;
    QAction *m_fitWidth = nullptr;
    QAction *m_fitPage = nullptr;
    QFutureWatcher<PageImage> m_watcher;
    int m_generation = 0;   // of the load running / last started
    bool m_pending = false; // a load was started and its (final) result not applied yet
    bool m_preview = false; // the load running is a PDF page's quick first rendering
    PageImage m_loaded;
};

} // namespace galley
