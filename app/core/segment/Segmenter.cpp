#include "Segmenter.h"

namespace galley {

Segmentation Segmenter::segment(Page &page)
{
    Segmentation seg;
    Article a;
    a.id = seg.nextArticleId++;
    for (int i = 0; i < page.blocks().size(); ++i) {
        Piece p;
        p.id = seg.nextPieceId++;
        p.block = i;
        p.span = page.blocks()[i].span;
        p.role = Role::Body;
        a.pieces.append(p);
    }
    seg.articles.append(a);
    return seg;
}

} // namespace galley
