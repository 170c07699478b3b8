// SPDX-FileCopyrightText: 2026 The Galley authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "MetsImporter.h"

#include "AltoImporter.h"
#include "DocumentImporter.h"
#include "TextImporter.h"
#include "XmlSupport.h"

#include <QDir>
#include <QFileInfo>
#include <QSet>
#include <QXmlStreamReader>

#include <algorithm>

namespace galley {

namespace {

struct Area {
    QString fileId;
    QString begin;
    QString end;
    Role role = Role::Body;
    QString paragraphDiv; // id of the PARAGRAPH div it is in, if any
    qint64 line = 0;
};

struct MetsArticle {
    QString label;
    QList<Area> areas;
};

struct MetsData {
    QList<QPair<QString, QString>> files; // (ID, href) of XML files, fileSec order
    QList<MetsArticle> articles;
    QSet<QString> referenced;             // FILEIDs used by any area
    QHash<QString, int> articleOfDiv;     // ARTICLE div ID → index into articles
    QHash<QString, QList<Area>> areasOfDiv; // other structMaps' div ID → its IDREF areas (structLink targets)
};

// A pagearea div's LABEL ("Headline", "Textblock" in the BL profile) as a role.
Role roleOfLabel(QStringView label)
{
    if (label.compare(u"Headline", Qt::CaseInsensitive) == 0 || label.compare(u"Title", Qt::CaseInsensitive) == 0)
        return Role::Headline;
    return Role::Body;
}

Role roleOfDiv(QStringView type, bool &decided)
{
    decided = true;
    if (type.compare(u"TITLE", Qt::CaseInsensitive) == 0)
        return Role::Headline;
    if (type.compare(u"SUBTITLE", Qt::CaseInsensitive) == 0 || type.compare(u"SUBHEADLINE", Qt::CaseInsensitive) == 0)
        return Role::Subheadline;
    if (type.compare(u"AUTHOR", Qt::CaseInsensitive) == 0)
        return Role::Byline;
    if (type.compare(u"CAPTION", Qt::CaseInsensitive) == 0)
        return Role::Caption;
    decided = false;
    return Role::Body;
}

bool readMets(const QByteArray &bytes, const QString &name, MetsData &data, QString &error)
{
    QXmlStreamReader xml(bytes);
    struct Div {
        QString id;
        QString type;
        QString label;
    };
    QList<Div> otherDivs;     // open divs of a non-LOGICAL structMap
    bool inStructMap = false;
    QStringList linkHrefs;    // the locators of the open smLinkGrp
    QList<Div> divs;
    bool logical = false;
    int articleDepth = -1; // index in divs of the open ARTICLE div
    QString fileId;
    while (!xml.atEnd()) {
        const QXmlStreamReader::TokenType t = xml.readNext();
        if (t == QXmlStreamReader::StartElement) {
            const QStringView n = xml.name();
            const QXmlStreamAttributes a = xml.attributes();
            if (n == u"file") {
                fileId = a.value(QLatin1String("MIMETYPE")).contains(QLatin1String("xml")) ? a.value(QLatin1String("ID")).toString() : QString();
            } else if (n == u"FLocat" && !fileId.isEmpty()) {
                QString href;
                for (const QXmlStreamAttribute &attr : a)
                    if (attr.name() == u"href")
                        href = attr.value().toString();
                data.files.append({fileId, href});
                fileId.clear();
            } else if (n == u"structMap") {
                logical = a.value(QLatin1String("TYPE")).compare(QLatin1String("LOGICAL"), Qt::CaseInsensitive) == 0;
                inStructMap = true;
            } else if (n == u"div" && logical) {
                divs.append({a.value(QLatin1String("ID")).toString(), a.value(QLatin1String("TYPE")).toString(), QString()});
                if (articleDepth < 0 && divs.last().type.compare(QLatin1String("ARTICLE"), Qt::CaseInsensitive) == 0) {
                    articleDepth = int(divs.size()) - 1;
                    data.articleOfDiv.insert(divs.last().id, int(data.articles.size()));
                    const QString label = a.value(QLatin1String("LABEL")).toString();
                    data.articles.append({label.isEmpty() ? divs.last().id : label, {}});
                }
            } else if (n == u"div" && inStructMap) {
                otherDivs.append({a.value(QLatin1String("ID")).toString(), a.value(QLatin1String("TYPE")).toString(),
                                  a.value(QLatin1String("LABEL")).toString()});
            } else if (n == u"smLinkGrp") {
                linkHrefs.clear();
            } else if (n == u"smLocatorLink") {
                for (const QXmlStreamAttribute &attr : a)
                    if (attr.name() == u"href")
                        linkHrefs << attr.value().toString().remove(0, attr.value().startsWith(u'#') ? 1 : 0);
            } else if (n == u"area") {
                const QString file = a.value(QLatin1String("FILEID")).toString();
                data.referenced.insert(file);
                if (!logical && !otherDivs.isEmpty() && !a.value(QLatin1String("BEGIN")).isEmpty()
                    && (a.value(QLatin1String("BETYPE")).isEmpty() || a.value(QLatin1String("BETYPE")) == u"IDREF")) {
                    data.areasOfDiv[otherDivs.last().id].append({file, a.value(QLatin1String("BEGIN")).toString(),
                                                                  a.value(QLatin1String("END")).toString(),
                                                                  roleOfLabel(otherDivs.last().label), QString(), xml.lineNumber()});
                }
                if (!logical || articleDepth < 0)
                    continue;
                const QStringView betype = a.value(QLatin1String("BETYPE"));
                if (!betype.isEmpty() && betype != u"IDREF")
                    continue;
                Area area{file, a.value(QLatin1String("BEGIN")).toString(), a.value(QLatin1String("END")).toString(), Role::Body, QString(), xml.lineNumber()};
                bool inHeading = false;
                bool decided = false;
                for (qsizetype k = divs.size() - 1; k > articleDepth && !decided; --k) {
                    const Role r = roleOfDiv(divs[k].type, decided);
                    if (decided)
                        area.role = r;
                    if (divs[k].type.compare(QLatin1String("HEADING"), Qt::CaseInsensitive) == 0)
                        inHeading = true;
                    if (area.paragraphDiv.isEmpty() && divs[k].type.compare(QLatin1String("PARAGRAPH"), Qt::CaseInsensitive) == 0)
                        area.paragraphDiv = divs[k].id;
                }
                if (!decided && inHeading)
                    area.role = Role::Headline;
                if (!area.begin.isEmpty())
                    data.articles.last().areas.append(area);
            }
        } else if (t == QXmlStreamReader::EndElement) {
            const QStringView n = xml.name();
            if (n == u"smLinkGrp" && linkHrefs.size() > 1) {
                // structLink (BL profile): an ARTICLE div linked to the areas of physical divs, in order.
                const auto art = data.articleOfDiv.constFind(linkHrefs.first());
                if (art != data.articleOfDiv.cend())
                    for (qsizetype k = 1; k < linkHrefs.size(); ++k)
                        data.articles[*art].areas.append(data.areasOfDiv.value(linkHrefs[k]));
            } else if (n == u"div" && !logical && inStructMap && !otherDivs.isEmpty()) {
                otherDivs.removeLast();
            }
            if (n == u"structMap") {
                inStructMap = false;
                otherDivs.clear();
                logical = false;
                divs.clear();
                articleDepth = -1;
            } else if (n == u"div" && logical && !divs.isEmpty()) {
                divs.removeLast();
                if (articleDepth >= divs.size())
                    articleDepth = -1;
            }
        }
    }
    if (xml.hasError()) {
        error = xml::readerError(name, xml);
        return false;
    }
    return true;
}

QString resolveHref(const QString &href, const QString &metsPath, QString &error)
{
    QString path = href.trimmed();
    if (path.startsWith(QLatin1String("file://")))
        path = path.mid(7);
    else if (path.contains(QLatin1String("://"))) {
        error = QStringLiteral("names a remote file (%1); only local files are read").arg(href);
        return QString();
    }
    if (QFileInfo(path).isAbsolute())
        return QDir::cleanPath(path);
    return QDir::cleanPath(QFileInfo(metsPath).absoluteDir().filePath(path));
}

// Pieces of one page: the articles' areas that fall on it, and furniture for the rest.
Segmentation buildSegmentation(const Page &page, const QHash<QString, TextSpan> &ids, const QString &fileId,
                               const QList<MetsArticle> &articles, const QString &name, QStringList &warnings)
{
    Segmentation seg;
    const QList<Block> &blocks = page.blocks();
    QList<QList<TextSpan>> covered(blocks.size());
    for (const MetsArticle &ma : articles) {
        Article art;
        QString lastParagraph;
        for (const Area &area : ma.areas) {
            if (area.fileId != fileId)
                continue;
            const auto b = ids.constFind(area.begin);
            const auto e = area.end.isEmpty() ? b : ids.constFind(area.end);
            if (b == ids.cend() || e == ids.cend()) {
                warnings << QStringLiteral("%1: line %2: area names %3, not found in %4")
                                .arg(name).arg(area.line).arg(b == ids.cend() ? area.begin : area.end, page.sourcePath());
                continue;
            }
            const TextSpan span{std::min(b->start, e->start), std::max(b->end, e->end)};
            for (int k = 0; k < blocks.size(); ++k) {
                const TextSpan &bs = blocks[k].span;
                if (!bs.overlaps(span))
                    continue;
                Piece p;
                p.id = seg.nextPieceId++;
                p.block = k;
                p.span = {std::max(bs.start, span.start), std::min(bs.end, span.end)};
                p.role = area.role;
                p.confidence = 1.0;
                p.reasons = {QStringLiteral("METS article \"%1\"").arg(ma.label)};
                p.continuesParagraph = isBodyRole(p.role) && !area.paragraphDiv.isEmpty() && area.paragraphDiv == lastParagraph
                    && !art.pieces.isEmpty() && isBodyRole(art.pieces.last().role);
                art.pieces.append(p);
                covered[k].append(p.span);
            }
            lastParagraph = area.paragraphDiv;
        }
        if (!art.pieces.isEmpty()) {
            art.id = seg.nextArticleId++;
            seg.articles.append(art);
        }
    }
    // Furniture: what no article covers, block by block.
    const QString &text = page.text();
    for (int k = 0; k < blocks.size(); ++k) {
        QList<TextSpan> spans = covered[k];
        std::sort(spans.begin(), spans.end(), [](const TextSpan &x, const TextSpan &y) { return x.start < y.start; });
        qsizetype at = blocks[k].span.start;
        auto addFurniture = [&](qsizetype from, qsizetype to) {
            while (from < to && text[from].isSpace())
                ++from;
            while (to > from && text[to - 1].isSpace())
                --to;
            if (from >= to)
                return;
            Piece p;
            p.id = seg.nextPieceId++;
            p.block = k;
            p.span = {from, to};
            p.role = Role::Furniture;
            p.confidence = 1.0;
            p.reasons = {QStringLiteral("in no METS article")};
            seg.furniture.append(p);
        };
        for (const TextSpan &s : spans) {
            addFurniture(at, s.start);
            at = std::max(at, s.end);
        }
        addFurniture(at, blocks[k].span.end);
    }
    return seg;
}

} // namespace

ImportResult MetsImporter::importBytes(const QByteArray &bytes, const QString &sourceName, const ImportOptions &options)
{
    ImportResult r;
    const QString name = TextImporter::displaySourceName(sourceName);
    MetsData data;
    if (!readMets(bytes, name, data, r.error))
        return r;
    for (const auto &[fileId, href] : std::as_const(data.files)) {
        if (!data.referenced.contains(fileId))
            continue;
        QString why;
        const QString path = resolveHref(href, sourceName, why);
        if (path.isEmpty()) {
            r.pages.clear();
            r.segmentations.clear();
            r.error = QStringLiteral("%1: file %2 %3").arg(name, fileId, why);
            return r;
        }
        QByteArray altoBytes;
        if (!DocumentImporter::readFile(path, options.maxBytes, altoBytes, why)) {
            r.pages.clear();
            r.segmentations.clear();
            r.error = QStringLiteral("%1: file %2: %3").arg(name, fileId, why);
            return r;
        }
        if (DocumentImporter::sniff(altoBytes) != SourceFormat::Alto)
            continue; // another XML file (MODS, a manifest …)
        QList<QHash<QString, TextSpan>> ids;
        ImportResult alto = AltoImporter::importBytes(altoBytes, path, options, &ids);
        if (!alto.ok()) {
            r.pages.clear();
            r.segmentations.clear();
            r.error = QStringLiteral("%1: file %2: %3").arg(name, fileId, alto.error);
            return r;
        }
        r.warnings << alto.warnings;
        for (qsizetype i = 0; i < alto.pages.size(); ++i) {
            Page page = alto.pages[i];
            page.setPageNumber(int(r.pages.size()) + 1);
            QStringList warnings;
            Segmentation seg = buildSegmentation(page, ids[i], fileId, data.articles, name, warnings);
            for (const QString &w : warnings)
                page.addWarning(w);
            r.warnings << warnings;
            // The blocks carry the role of their first piece, as after the engine.
            QList<Block> blocks = page.blocks();
            QList<bool> done(blocks.size(), false);
            for (const Piece &p : seg.allPieces())
                if (p.block >= 0 && p.block < blocks.size() && !done[p.block]) {
                    done[p.block] = true;
                    blocks[p.block].role = p.role;
                    blocks[p.block].confidence = p.confidence;
                    blocks[p.block].reasons = p.reasons;
                }
            page.setBlocks(blocks);
            r.pages.append(page);
            r.segmentations.append(seg);
        }
    }
    if (r.pages.isEmpty()) {
        r.error = QStringLiteral("%1: the METS file names no ALTO file that could be read").arg(name);
        return r;
    }
    r.encoding = QStringLiteral("UTF-8");
    r.encodingReason = QStringLiteral("XML");
    return r;
}

} // namespace galley
