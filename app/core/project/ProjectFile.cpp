// SPDX-FileCopyrightText: 2026 The Galley authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProjectFile.h"

#include "import/ImportOptions.h"
#include "io/SafeWrite.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QRegularExpression>
#include <QSet>
#include <QVariant>

#include <cmath>
#include <limits>
#include <optional>
#include <sys/stat.h>

namespace galley {

namespace {

const QString kFormat = QStringLiteral("galley-project");
constexpr qint64 kMaxProjectBytes = qint64(1) << 30; // 1 GiB: far beyond any page, refuses garbage early

// True for a regular file (or a symbolic link to one); false for folders, devices, FIFOs, sockets and
// paths that do not exist. Checked before opening: open() of a FIFO blocks until someone writes.
bool isRegularFile(const QString &path)
{
    struct stat st {};
    return ::stat(QFile::encodeName(path).constData(), &st) == 0 && S_ISREG(st.st_mode);
}

// A JSON number that is a whole number a qint64 holds exactly (|n| < 2^53 for doubles from JSON text), else
// nothing. Checked before any conversion: a double out of an integer's range converted to it is undefined
// behaviour (C++ [conv.fpint]), which a project file must never reach.
std::optional<qint64> wholeNumber(const QJsonValue &v)
{
    if (!v.isDouble())
        return std::nullopt;
    const double d = v.toDouble();
    constexpr double limit = 9007199254740992.0; // 2^53
    if (!(d >= -limit && d <= limit) || std::trunc(d) != d)
        return std::nullopt;
    return qint64(d);
}

QByteArray textSha256(const QString &text)
{
    return QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256).toHex();
}

// ---------------------------------------------------------------- writing

QJsonArray stringArray(const QStringList &list)
{
    QJsonArray a;
    for (const QString &s : list)
        a.append(s);
    return a;
}

QJsonObject pieceJson(const Page &page, const Piece &p)
{
    QJsonObject o;
    o.insert(QStringLiteral("id"), p.id);
    o.insert(QStringLiteral("block_index"), p.block);
    o.insert(QStringLiteral("start"), qint64(page.codePointOffset(p.span.start)));
    o.insert(QStringLiteral("end"), qint64(page.codePointOffset(p.span.end)));
    o.insert(QStringLiteral("role"), roleName(p.role));
    o.insert(QStringLiteral("confidence"), p.confidence);
    o.insert(QStringLiteral("reasons"), stringArray(p.reasons));
    o.insert(QStringLiteral("continues_paragraph"), p.continuesParagraph);
    return o;
}

QJsonArray piecesJson(const Page &page, const QList<Piece> &pieces)
{
    QJsonArray a;
    for (const Piece &p : pieces)
        a.append(pieceJson(page, p));
    return a;
}

QJsonArray boxJson(const QRectF &box)
{
    return QJsonArray{box.left(), box.top(), box.right(), box.bottom()};
}

// The geometry of a laid-out block (PDF, ALTO, hOCR, PAGE): box, font, source id and lines; nothing for
// a text-only block, so projects of text pages are written as before.
void insertBlockGeometry(QJsonObject &bo, const Page &page, const Block &b)
{
    if (b.hasBox())
        bo.insert(QStringLiteral("box"), boxJson(b.box));
    if (b.fontSize > 0)
        bo.insert(QStringLiteral("font_size"), b.fontSize);
    if (b.bold)
        bo.insert(QStringLiteral("bold"), true);
    if (!b.sourceId.isEmpty())
        bo.insert(QStringLiteral("source_id"), b.sourceId);
    if (b.lines.isEmpty())
        return;
    QJsonArray lines;
    for (const LineGeometry &l : b.lines) {
        QJsonObject lo;
        lo.insert(QStringLiteral("start"), qint64(page.codePointOffset(l.span.start)));
        lo.insert(QStringLiteral("end"), qint64(page.codePointOffset(l.span.end)));
        if (!l.box.isNull())
            lo.insert(QStringLiteral("box"), boxJson(l.box));
        if (l.fontSize > 0)
            lo.insert(QStringLiteral("font_size"), l.fontSize);
        if (l.bold)
            lo.insert(QStringLiteral("bold"), true);
        lines.append(lo);
    }
    bo.insert(QStringLiteral("lines"), lines);
}

QJsonObject pageJson(const Page &page)
{
    QJsonObject o;
    o.insert(QStringLiteral("text"), page.text());
    o.insert(QStringLiteral("text_sha256"), QString::fromLatin1(textSha256(page.text())));
    o.insert(QStringLiteral("sha256"), QString::fromLatin1(page.sha256()));
    o.insert(QStringLiteral("source_path"), page.sourcePath());
    o.insert(QStringLiteral("encoding"), page.encoding());
    o.insert(QStringLiteral("page_number"), page.pageNumber());
    o.insert(QStringLiteral("source_byte_offset"), page.sourceByteOffset());
    o.insert(QStringLiteral("warnings"), stringArray(page.warnings()));
    if (page.hasGeometry()) {
        o.insert(QStringLiteral("geometry_unit"), geometryUnitName(page.geometryUnit()));
        if (!page.pageSize().isEmpty())
            o.insert(QStringLiteral("page_size"), QJsonArray{page.pageSize().width(), page.pageSize().height()});
        if (!page.imageName().isEmpty())
            o.insert(QStringLiteral("image_name"), page.imageName());
    }
    QJsonArray blocks;
    for (const Block &b : page.blocks()) {
        QJsonObject bo;
        bo.insert(QStringLiteral("number"), b.number);
        bo.insert(QStringLiteral("start"), qint64(page.codePointOffset(b.span.start)));
        bo.insert(QStringLiteral("end"), qint64(page.codePointOffset(b.span.end)));
        bo.insert(QStringLiteral("role"), roleName(b.role));
        bo.insert(QStringLiteral("confidence"), b.confidence);
        bo.insert(QStringLiteral("reasons"), stringArray(b.reasons));
        insertBlockGeometry(bo, page, b);
        blocks.append(bo);
    }
    o.insert(QStringLiteral("blocks"), blocks);
    if (!page.printedPages().isEmpty()) {
        // An issue (several printed pages joined, IssueJoiner): which part of the text each page is.
        QJsonArray printed;
        for (const PrintedPage &pp : page.printedPages()) {
            QJsonObject po;
            po.insert(QStringLiteral("number"), pp.number);
            po.insert(QStringLiteral("start"), qint64(page.codePointOffset(pp.span.start)));
            po.insert(QStringLiteral("end"), qint64(page.codePointOffset(pp.span.end)));
            if (!pp.size.isEmpty()) {
                po.insert(QStringLiteral("width"), pp.size.width());
                po.insert(QStringLiteral("height"), pp.size.height());
            }
            if (!pp.imageName.isEmpty())
                po.insert(QStringLiteral("image"), pp.imageName);
            if (!pp.sourcePath.isEmpty())
                po.insert(QStringLiteral("source_path"), pp.sourcePath);
            printed.append(po);
        }
        o.insert(QStringLiteral("printed_pages"), printed);
    }
    return o;
}

QJsonObject segmentationJson(const Page &page, const Segmentation &seg)
{
    QJsonArray articles;
    for (const Article &a : seg.articles) {
        QJsonObject ao;
        ao.insert(QStringLiteral("id"), a.id);
        ao.insert(QStringLiteral("status"), reviewStatusName(a.status));
        ao.insert(QStringLiteral("note"), a.note);
        QJsonArray flags;
        for (const Flag &f : a.flags) {
            QJsonObject fo;
            fo.insert(QStringLiteral("piece"), f.pieceId);
            fo.insert(QStringLiteral("kind"), f.kind);
            fo.insert(QStringLiteral("reason"), f.reason);
            fo.insert(QStringLiteral("resolved"), f.resolved);
            flags.append(fo);
        }
        ao.insert(QStringLiteral("flags"), flags);
        ao.insert(QStringLiteral("pieces"), piecesJson(page, a.pieces));
        articles.append(ao);
    }
    QJsonObject o;
    o.insert(QStringLiteral("articles"), articles);
    o.insert(QStringLiteral("furniture"), piecesJson(page, seg.furniture));
    o.insert(QStringLiteral("next_piece_id"), seg.nextPieceId);
    o.insert(QStringLiteral("next_article_id"), seg.nextArticleId);
    return o;
}

// Keys whose value is always replaced as a whole, never merged with a kept value (a removed entry
// must stay removed).
bool replacedWhole(const QString &key)
{
    return key == QLatin1String("corrections") || key == QLatin1String("flags") || key == QLatin1String("reasons")
        || key == QLatin1String("warnings");
}

QString identityKey(const QJsonArray &array)
{
    // Arrays of objects that all carry "id" (articles, pieces) or "number" (blocks) are merged element by element.
    for (const QLatin1String key : {QLatin1String("id"), QLatin1String("number")}) {
        bool all = !array.isEmpty();
        for (const QJsonValue &v : array)
            all = all && v.isObject() && v.toObject().value(key).isDouble();
        if (all)
            return key;
    }
    return QString();
}

QJsonObject overlay(const QJsonObject &kept, const QJsonObject &written);

QJsonArray overlayArray(const QJsonArray &kept, const QJsonArray &written)
{
    const QString key = identityKey(written);
    if (key.isEmpty() || identityKey(kept) != key)
        return written;
    QHash<qint64, QJsonObject> keptById;
    for (const QJsonValue &v : kept)
        keptById.insert(v.toObject().value(key).toInteger(), v.toObject());
    QJsonArray out;
    for (const QJsonValue &v : written) {
        const QJsonObject o = v.toObject();
        auto it = keptById.constFind(o.value(key).toInteger());
        out.append(it == keptById.cend() ? o : overlay(*it, o));
    }
    return out;
}

// written on top of kept: keys only kept survive, objects merge, arrays of identified objects merge
// per element; everything else (and the replacedWhole keys) comes from written.
QJsonObject overlay(const QJsonObject &kept, const QJsonObject &written)
{
    QJsonObject out = kept;
    for (auto it = written.begin(); it != written.end(); ++it) {
        const QJsonValue old = kept.value(it.key());
        if (replacedWhole(it.key()))
            out.insert(it.key(), it.value());
        else if (it.value().isObject() && old.isObject())
            out.insert(it.key(), overlay(old.toObject(), it.value().toObject()));
        else if (it.value().isArray() && old.isArray())
            out.insert(it.key(), overlayArray(old.toArray(), it.value().toArray()));
        else
            out.insert(it.key(), it.value());
    }
    return out;
}

// ---------------------------------------------------------------- reading

// Reads typed fields with a path ("segmentation.articles[2].pieces[0].role") for messages; the first
// failure is kept.
class Reader {
public:
    explicit Reader(QString fileName)
        : m_file(std::move(fileName))
    {
    }

    bool failed() const { return !m_error.isEmpty(); }
    const QString &error() const { return m_error; }

    void fail(const QString &where, const QString &what)
    {
        if (m_error.isEmpty())
            m_error = where.isEmpty() ? QStringLiteral("%1: %2").arg(m_file, what)
                                      : QStringLiteral("%1: %2: %3").arg(m_file, where, what);
    }

    static QString at(const QString &where, const QString &key)
    {
        return where.isEmpty() ? key : where + u'.' + key;
    }

    QJsonValue required(const QJsonObject &o, const QString &where, const QString &key)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined())
            fail(at(where, key), ProjectFile::tr("missing"));
        return v;
    }

    QJsonObject object(const QJsonObject &o, const QString &where, const QString &key)
    {
        const QJsonValue v = required(o, where, key);
        if (!v.isUndefined() && !v.isObject())
            fail(at(where, key), ProjectFile::tr("expected an object"));
        return v.toObject();
    }

    QJsonArray array(const QJsonObject &o, const QString &where, const QString &key, bool optional = false)
    {
        const QJsonValue v = optional ? o.value(key) : required(o, where, key);
        if (v.isUndefined() || v.isNull())
            return {};
        if (!v.isArray())
            fail(at(where, key), ProjectFile::tr("expected an array"));
        return v.toArray();
    }

    QString string(const QJsonObject &o, const QString &where, const QString &key, bool optional = false)
    {
        const QJsonValue v = optional ? o.value(key) : required(o, where, key);
        if (v.isUndefined() || v.isNull())
            return {};
        if (!v.isString())
            fail(at(where, key), ProjectFile::tr("expected a string"));
        return v.toString();
    }

    qint64 integer(const QJsonObject &o, const QString &where, const QString &key, qint64 fallback, bool optional = false)
    {
        const QJsonValue v = optional ? o.value(key) : required(o, where, key);
        if (v.isUndefined() || v.isNull())
            return fallback;
        const std::optional<qint64> n = wholeNumber(v);
        if (!n) {
            fail(at(where, key), ProjectFile::tr("expected a whole number"));
            return fallback;
        }
        return *n;
    }

    // An id or count held in an int (piece and article ids, block numbers, counters): a value outside
    // min..2^31-1 is refused with a message, never truncated (2^32 + 1 must not become piece 1).
    int intValue(const QJsonObject &o, const QString &where, const QString &key, int fallback, bool optional = false, int min = 0)
    {
        const qint64 v = integer(o, where, key, fallback, optional);
        if (v < min || v > std::numeric_limits<int>::max()) {
            fail(at(where, key), ProjectFile::tr("%1 is out of range (%2 to %3)").arg(v).arg(min).arg(std::numeric_limits<int>::max()));
            return fallback;
        }
        return int(v);
    }

    /// A number in [min, max] (confidences: 0 to 1).
    double number(const QJsonObject &o, const QString &where, const QString &key, double fallback, double min, double max)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined() || v.isNull())
            return fallback;
        const double d = v.toDouble();
        if (!v.isDouble() || !(d >= min && d <= max)) {
            fail(at(where, key), ProjectFile::tr("expected a number from %1 to %2").arg(min).arg(max));
            return fallback;
        }
        return d;
    }

    bool boolean(const QJsonObject &o, const QString &where, const QString &key, bool fallback)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined() || v.isNull())
            return fallback;
        if (!v.isBool())
            fail(at(where, key), ProjectFile::tr("expected true or false"));
        return v.toBool();
    }

    QStringList strings(const QJsonObject &o, const QString &where, const QString &key)
    {
        QStringList out;
        const QJsonArray a = array(o, where, key, true);
        for (int i = 0; i < a.size(); ++i) {
            if (!a[i].isString())
                fail(QStringLiteral("%1[%2]").arg(at(where, key)).arg(i), ProjectFile::tr("expected a string"));
            out.append(a[i].toString());
        }
        return out;
    }

    Role role(const QJsonObject &o, const QString &where)
    {
        const QString name = string(o, where, QStringLiteral("role"), true);
        if (name.isEmpty())
            return Role::Unknown;
        const auto role = roleFromName(name);
        if (!role)
            fail(at(where, QStringLiteral("role")), ProjectFile::tr("unknown role \"%1\"").arg(name));
        return role.value_or(Role::Unknown);
    }

    /// A box [x0, y0, x1, y1] of finite numbers with x0 <= x1 and y0 <= y1; a null QRectF when absent.
    QRectF box(const QJsonObject &o, const QString &where, const QString &key)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined() || v.isNull())
            return {};
        const QJsonArray a = v.toArray();
        bool good = v.isArray() && a.size() == 4;
        for (const QJsonValue &n : a)
            good = good && n.isDouble() && std::isfinite(n.toDouble());
        if (good)
            good = a[0].toDouble() <= a[2].toDouble() && a[1].toDouble() <= a[3].toDouble();
        if (!good) {
            fail(at(where, key), ProjectFile::tr("expected a box [x0, y0, x1, y1] with x0 <= x1 and y0 <= y1"));
            return {};
        }
        return QRectF(QPointF(a[0].toDouble(), a[1].toDouble()), QPointF(a[2].toDouble(), a[3].toDouble()));
    }

    // A span in code points, checked against the page and converted to UTF-16 units.
    TextSpan span(const QJsonObject &o, const QString &where, const QList<qsizetype> &utf16At)
    {
        const qint64 start = integer(o, where, QStringLiteral("start"), 0);
        const qint64 end = integer(o, where, QStringLiteral("end"), 0);
        if (failed())
            return {};
        const qint64 codePoints = utf16At.size() - 1;
        if (start < 0 || end < start || end > codePoints) {
            fail(where, ProjectFile::tr("span %1..%2 lies outside the page text (%3 code points)").arg(start).arg(end).arg(codePoints));
            return {};
        }
        return TextSpan{utf16At[start], utf16At[end]};
    }

private:
    QString m_file;
    QString m_error;
};

// UTF-16 position of every code point index of text, plus text.size() at the end.
QList<qsizetype> utf16Positions(const QString &text)
{
    QList<qsizetype> at;
    at.reserve(text.size() + 1);
    for (qsizetype i = 0; i < text.size(); ++i) {
        at.append(i);
        if (text[i].isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate())
            ++i;
    }
    at.append(text.size());
    return at;
}

QList<Piece> readPieces(Reader &r, const QJsonArray &array, const QString &where, const Page &page,
                        const QList<qsizetype> &utf16At, QSet<int> &ids)
{
    QList<Piece> pieces;
    for (int i = 0; i < array.size() && !r.failed(); ++i) {
        const QString at = QStringLiteral("%1[%2]").arg(where).arg(i);
        if (!array[i].isObject()) {
            r.fail(at, ProjectFile::tr("expected an object"));
            break;
        }
        const QJsonObject o = array[i].toObject();
        Piece p;
        p.id = r.intValue(o, at, QStringLiteral("id"), 0);
        p.block = r.intValue(o, at, QStringLiteral("block_index"), -1, true, -1);
        p.span = r.span(o, at, utf16At);
        p.role = r.role(o, at);
        p.confidence = r.number(o, at, QStringLiteral("confidence"), 0, 0, 1);
        p.reasons = r.strings(o, at, QStringLiteral("reasons"));
        p.continuesParagraph = r.boolean(o, at, QStringLiteral("continues_paragraph"), false);
        if (r.failed())
            break;
        if (p.block < -1 || p.block >= page.blocks().size())
            r.fail(Reader::at(at, QStringLiteral("block_index")), ProjectFile::tr("no block %1 on the page").arg(p.block));
        else if (ids.contains(p.id))
            r.fail(Reader::at(at, QStringLiteral("id")), ProjectFile::tr("piece id %1 is used twice").arg(p.id));
        ids.insert(p.id);
        pieces.append(p);
    }
    return pieces;
}

// Geometry of the page (projects written before geometry was saved have none: a text page).
void readPageGeometry(Reader &r, const QJsonObject &o, const QString &where, Page &page)
{
    const QString unitName = r.string(o, where, QStringLiteral("geometry_unit"), true);
    if (unitName.isEmpty())
        return;
    std::optional<GeometryUnit> unit;
    for (GeometryUnit u : {GeometryUnit::PdfPoint, GeometryUnit::Pixel, GeometryUnit::Mm10, GeometryUnit::Inch1200})
        if (geometryUnitName(u) == unitName)
            unit = u;
    if (!unit) {
        r.fail(Reader::at(where, QStringLiteral("geometry_unit")),
               ProjectFile::tr("unknown unit \"%1\" (pt, pixel, mm10 or inch1200)").arg(unitName));
        return;
    }
    page.setGeometryUnit(*unit);
    const QJsonArray size = r.array(o, where, QStringLiteral("page_size"), true);
    if (!size.isEmpty()) {
        const double w = size.size() == 2 ? size[0].toDouble(-1) : -1;
        const double h = size.size() == 2 ? size[1].toDouble(-1) : -1;
        if (!(w >= 0 && h >= 0 && std::isfinite(w) && std::isfinite(h)))
            r.fail(Reader::at(where, QStringLiteral("page_size")), ProjectFile::tr("expected [width, height], two numbers >= 0"));
        else
            page.setPageSize(QSizeF(w, h));
    }
    page.setImageName(r.string(o, where, QStringLiteral("image_name"), true));
}

void readBlockGeometry(Reader &r, const QJsonObject &bo, const QString &at, const QList<qsizetype> &utf16At, Block &b)
{
    b.box = r.box(bo, at, QStringLiteral("box"));
    b.fontSize = r.number(bo, at, QStringLiteral("font_size"), 0, 0, 1e6);
    b.bold = r.boolean(bo, at, QStringLiteral("bold"), false);
    b.sourceId = r.string(bo, at, QStringLiteral("source_id"), true);
    const QJsonArray lines = r.array(bo, at, QStringLiteral("lines"), true);
    for (int i = 0; i < lines.size() && !r.failed(); ++i) {
        const QString lat = QStringLiteral("%1.lines[%2]").arg(at).arg(i);
        if (!lines[i].isObject()) {
            r.fail(lat, ProjectFile::tr("expected an object"));
            break;
        }
        const QJsonObject lo = lines[i].toObject();
        LineGeometry l;
        l.span = r.span(lo, lat, utf16At);
        l.box = r.box(lo, lat, QStringLiteral("box"));
        l.fontSize = r.number(lo, lat, QStringLiteral("font_size"), 0, 0, 1e6);
        l.bold = r.boolean(lo, lat, QStringLiteral("bold"), false);
        b.lines.append(l);
    }
}

std::optional<Page> readPage(Reader &r, const QJsonObject &root)
{
    const QString where = QStringLiteral("page");
    const QJsonObject o = r.object(root, QString(), where);
    if (r.failed())
        return std::nullopt;
    Page page(r.string(o, where, QStringLiteral("text")));
    const QString recorded = r.string(o, where, QStringLiteral("text_sha256"));
    if (r.failed())
        return std::nullopt;
    if (recorded.toLatin1() != textSha256(page.text())) {
        r.fail(Reader::at(where, QStringLiteral("text")),
               ProjectFile::tr("the page text does not match its recorded SHA-256 (text_sha256): the file is damaged or was "
                  "edited by hand"));
        return std::nullopt;
    }
    page.setSha256(r.string(o, where, QStringLiteral("sha256"), true).toLatin1());
    page.setSourcePath(r.string(o, where, QStringLiteral("source_path"), true));
    const QString encoding = r.string(o, where, QStringLiteral("encoding"), true);
    if (!encoding.isEmpty())
        page.setEncoding(encoding);
    page.setPageNumber(r.intValue(o, where, QStringLiteral("page_number"), 1, true));
    page.setSourceByteOffset(r.integer(o, where, QStringLiteral("source_byte_offset"), 0, true));
    for (const QString &w : r.strings(o, where, QStringLiteral("warnings")))
        page.addWarning(w);
    readPageGeometry(r, o, where, page);

    const QList<qsizetype> utf16At = utf16Positions(page.text());
    const QJsonArray blocks = r.array(o, where, QStringLiteral("blocks"));
    QList<Block> list;
    for (int i = 0; i < blocks.size() && !r.failed(); ++i) {
        const QString at = QStringLiteral("page.blocks[%1]").arg(i);
        if (!blocks[i].isObject()) {
            r.fail(at, ProjectFile::tr("expected an object"));
            break;
        }
        const QJsonObject bo = blocks[i].toObject();
        Block b;
        b.number = r.intValue(bo, at, QStringLiteral("number"), i + 1, true);
        b.span = r.span(bo, at, utf16At);
        b.role = r.role(bo, at);
        b.confidence = r.number(bo, at, QStringLiteral("confidence"), 0, 0, 1);
        b.reasons = r.strings(bo, at, QStringLiteral("reasons"));
        readBlockGeometry(r, bo, at, utf16At, b);
        if (!list.isEmpty() && b.span.start < list.last().span.start)
            r.fail(at, ProjectFile::tr("blocks are not in page order"));
        list.append(b);
    }
    page.setBlocks(list);

    // Optional (projects of one page and those written before issues have none).
    const QJsonArray printed = r.array(o, where, QStringLiteral("printed_pages"), true);
    QList<PrintedPage> pages;
    for (int i = 0; i < printed.size() && !r.failed(); ++i) {
        const QString at = QStringLiteral("page.printed_pages[%1]").arg(i);
        if (!printed[i].isObject()) {
            r.fail(at, ProjectFile::tr("expected an object"));
            break;
        }
        const QJsonObject po = printed[i].toObject();
        PrintedPage pp;
        pp.number = r.intValue(po, at, QStringLiteral("number"), i + 1, true);
        pp.span = r.span(po, at, utf16At);
        const double width = r.number(po, at, QStringLiteral("width"), 0, 0, 1e9);
        const double height = r.number(po, at, QStringLiteral("height"), 0, 0, 1e9);
        if (width > 0 && height > 0)
            pp.size = QSizeF(width, height);
        pp.imageName = r.string(po, at, QStringLiteral("image"), true);
        pp.sourcePath = r.string(po, at, QStringLiteral("source_path"), true);
        if (!pages.isEmpty() && pp.span.start < pages.last().span.end)
            r.fail(at, ProjectFile::tr("printed pages are not in page order"));
        pages.append(pp);
    }
    page.setPrintedPages(pages);
    if (r.failed())
        return std::nullopt;
    return page;
}

std::optional<Segmentation> readSegmentation(Reader &r, const QJsonObject &root, const Page &page)
{
    const QString where = QStringLiteral("segmentation");
    const QJsonObject o = r.object(root, QString(), where);
    if (r.failed())
        return std::nullopt;
    const QList<qsizetype> utf16At = utf16Positions(page.text());
    Segmentation seg;
    QSet<int> pieceIds;
    QSet<int> articleIds;
    const QJsonArray articles = r.array(o, where, QStringLiteral("articles"));
    for (int i = 0; i < articles.size() && !r.failed(); ++i) {
        const QString at = QStringLiteral("segmentation.articles[%1]").arg(i);
        if (!articles[i].isObject()) {
            r.fail(at, ProjectFile::tr("expected an object"));
            break;
        }
        const QJsonObject ao = articles[i].toObject();
        Article a;
        a.id = r.intValue(ao, at, QStringLiteral("id"), 0);
        const QString status = r.string(ao, at, QStringLiteral("status"));
        if (r.failed())
            break;
        const auto parsed = reviewStatusFromName(status);
        if (!parsed) {
            r.fail(Reader::at(at, QStringLiteral("status")), ProjectFile::tr("unknown review status \"%1\"").arg(status));
            break;
        }
        a.status = *parsed;
        a.note = r.string(ao, at, QStringLiteral("note"), true);
        const QJsonArray flags = r.array(ao, at, QStringLiteral("flags"), true);
        for (int f = 0; f < flags.size() && !r.failed(); ++f) {
            const QString fat = QStringLiteral("%1.flags[%2]").arg(at).arg(f);
            const QJsonObject fo = flags[f].toObject();
            if (!flags[f].isObject())
                r.fail(fat, ProjectFile::tr("expected an object"));
            Flag flag;
            flag.pieceId = r.intValue(fo, fat, QStringLiteral("piece"), 0, true);
            flag.kind = r.string(fo, fat, QStringLiteral("kind"));
            flag.reason = r.string(fo, fat, QStringLiteral("reason"), true);
            flag.resolved = r.boolean(fo, fat, QStringLiteral("resolved"), false);
            a.flags.append(flag);
        }
        a.pieces = readPieces(r, r.array(ao, at, QStringLiteral("pieces")), at + QStringLiteral(".pieces"), page,
                              utf16At, pieceIds);
        if (!r.failed() && articleIds.contains(a.id))
            r.fail(Reader::at(at, QStringLiteral("id")), ProjectFile::tr("article id %1 is used twice").arg(a.id));
        articleIds.insert(a.id);
        seg.articles.append(a);
    }
    if (!r.failed())
        seg.furniture = readPieces(r, r.array(o, where, QStringLiteral("furniture"), true),
                                   QStringLiteral("segmentation.furniture"), page, utf16At, pieceIds);
    int maxPiece = 0, maxArticle = 0;
    for (int id : std::as_const(pieceIds))
        maxPiece = std::max(maxPiece, id);
    for (int id : std::as_const(articleIds))
        maxArticle = std::max(maxArticle, id);
    // Ids handed out later must stay unique even if the stored counters were wrong.
    // Counted in qint64: an id of INT_MAX must not overflow (+1 on an int is undefined behaviour).
    auto nextId = [&](const QString &key, int maxUsed) {
        const qint64 next = std::max<qint64>(r.intValue(o, where, key, 1, true), qint64(maxUsed) + 1);
        return int(std::min<qint64>(next, std::numeric_limits<int>::max()));
    };
    seg.nextPieceId = nextId(QStringLiteral("next_piece_id"), maxPiece);
    seg.nextArticleId = nextId(QStringLiteral("next_article_id"), maxArticle);
    if (r.failed())
        return std::nullopt;
    return seg;
}

std::optional<QHash<int, QString>> readCorrections(Reader &r, const QJsonObject &root, const Segmentation &seg,
                                                   QStringList *warnings, const QString &fileName)
{
    QHash<int, QString> corrections;
    const QJsonValue v = root.value(QStringLiteral("corrections"));
    if (v.isUndefined() || v.isNull())
        return corrections;
    if (!v.isObject()) {
        r.fail(QStringLiteral("corrections"), ProjectFile::tr("expected an object"));
        return std::nullopt;
    }
    const QJsonObject o = v.toObject();
    QHash<int, QString> keyOf; // piece id → the key that named it ("1" and "01" are one piece)
    for (auto it = o.begin(); it != o.end(); ++it) {
        const QString at = QStringLiteral("corrections.%1").arg(it.key());
        bool ok = false;
        const qlonglong parsed = it.key().toLongLong(&ok);
        static const QRegularExpression digits(QStringLiteral("^[0-9]+$"));
        if (!ok && !digits.match(it.key()).hasMatch()) {
            r.fail(at, ProjectFile::tr("the key must be a piece id"));
            return std::nullopt;
        }
        if (!ok || parsed < 0 || parsed > std::numeric_limits<int>::max()) {
            r.fail(at, ProjectFile::tr("piece id %1 is out of range (0 to %2)").arg(it.key()).arg(std::numeric_limits<int>::max()));
            return std::nullopt;
        }
        const int id = int(parsed);
        if (keyOf.contains(id)) {
            r.fail(at, ProjectFile::tr("\"%1\" and \"%2\" are both corrections of piece %3; keep the right one and remove the "
                                       "other, then open the project again")
                           .arg(keyOf.value(id), it.key())
                           .arg(id));
            return std::nullopt;
        }
        keyOf.insert(id, it.key());
        if (!it.value().isString()) {
            r.fail(at, ProjectFile::tr("expected a string"));
            return std::nullopt;
        }
        if (!seg.piece(id)) {
            if (warnings)
                warnings->append(ProjectFile::tr("%1: %2: no piece %3; its correction was dropped").arg(fileName, at).arg(id));
            continue;
        }
        corrections.insert(id, it.value().toString());
    }
    return corrections;
}

// v0 (before the first release): articles carried "reviewed": true/false instead of "status",
// and the page had no "text_sha256".
void migrateV0(QJsonObject &root)
{
    QJsonObject page = root.value(QStringLiteral("page")).toObject();
    if (!page.contains(QStringLiteral("text_sha256")))
        page.insert(QStringLiteral("text_sha256"),
                    QString::fromLatin1(textSha256(page.value(QStringLiteral("text")).toString())));
    root.insert(QStringLiteral("page"), page);
    QJsonObject seg = root.value(QStringLiteral("segmentation")).toObject();
    QJsonArray articles = seg.value(QStringLiteral("articles")).toArray();
    for (auto it = articles.begin(); it != articles.end(); ++it) {
        QJsonObject a = it->toObject();
        if (!a.contains(QStringLiteral("status"))) {
            const bool reviewed = a.value(QStringLiteral("reviewed")).toBool();
            a.insert(QStringLiteral("status"), reviewStatusName(reviewed ? ReviewStatus::Done : ReviewStatus::Unreviewed));
        }
        a.remove(QStringLiteral("reviewed"));
        *it = a;
    }
    seg.insert(QStringLiteral("articles"), articles);
    root.insert(QStringLiteral("segmentation"), seg);
}

QString lineAndColumn(const QByteArray &bytes, qsizetype offset)
{
    offset = std::clamp<qsizetype>(offset, 0, bytes.size());
    const QByteArray before = bytes.left(offset);
    const qsizetype line = before.count('\n') + 1;
    const qsizetype lineStart = before.lastIndexOf('\n') + 1;
    const qsizetype column = QString::fromUtf8(before.mid(lineStart)).size() + 1;
    return ProjectFile::tr("line %1, column %2").arg(line).arg(column);
}

} // namespace

bool ProjectFile::migrate(QJsonObject &root, const QString &fileName, QString *error, QStringList *warnings)
{
    const QJsonValue v = root.value(QStringLiteral("version"));
    const std::optional<qint64> read = wholeNumber(v);
    if (!read || *read < 0 || *read > std::numeric_limits<int>::max()) {
        if (error)
            *error = ProjectFile::tr("%1: version: expected a whole number").arg(fileName);
        return false;
    }
    const int version = int(*read);
    if (version > CurrentVersion) {
        // Missing or not a whole number: as the version itself (the safe side: refused unless readable).
        const qint64 minReader = wholeNumber(root.value(QStringLiteral("min_reader_version"))).value_or(version);
        if (minReader > CurrentVersion) {
            if (error)
                *error = ProjectFile::tr("%1 was saved by a newer Galley in project format %2, which this Galley (format %3) cannot "
                            "read. Open it with Galley %4 or newer.")
                             .arg(fileName)
                             .arg(version)
                             .arg(CurrentVersion)
                             .arg(root.value(QStringLiteral("generator")).toString(ProjectFile::tr("of that format")));
            return false;
        }
        if (warnings)
            warnings->append(ProjectFile::tr("%1 was saved by a newer Galley (project format %2; this Galley writes format %3). "
                                "Fields this version does not know are kept when you save, but what they describe "
                                "is not shown here.")
                                 .arg(fileName)
                                 .arg(version)
                                 .arg(CurrentVersion));
        return true;
    }
    if (version < CurrentVersion) {
        if (version == 0)
            migrateV0(root);
        root.insert(QStringLiteral("version"), CurrentVersion);
        root.insert(QStringLiteral("min_reader_version"), CurrentVersion);
        if (warnings)
            warnings->append(ProjectFile::tr("%1 was converted from project format %2 to format %3; saving writes format %3.")
                                 .arg(fileName)
                                 .arg(version)
                                 .arg(CurrentVersion));
    }
    return true;
}

ProjectFile::Snapshot ProjectFile::snapshot(const ReviewDocument &doc)
{
    return Snapshot{doc.page(), doc.segmentation(), doc.corrections(), doc.property(kKeptJsonProperty).toJsonObject()};
}

QJsonObject ProjectFile::toJson(const ReviewDocument &doc)
{
    return toJson(snapshot(doc));
}

QJsonObject ProjectFile::toJson(const Snapshot &snap)
{
    QJsonObject written;
    written.insert(QStringLiteral("format"), kFormat);
    written.insert(QStringLiteral("version"), CurrentVersion);
    written.insert(QStringLiteral("min_reader_version"), CurrentVersion);
    written.insert(QStringLiteral("generator"), QStringLiteral("Galley " GALLEY_VERSION));
    written.insert(QStringLiteral("page"), pageJson(snap.page));
    written.insert(QStringLiteral("segmentation"), segmentationJson(snap.page, snap.segmentation));
    QJsonObject corrections;
    for (auto it = snap.corrections.cbegin(); it != snap.corrections.cend(); ++it)
        corrections.insert(QString::number(it.key()), it.value());
    written.insert(QStringLiteral("corrections"), corrections);

    return snap.kept.isEmpty() ? written : overlay(snap.kept, written);
}

bool ProjectFile::writeJson(const QJsonObject &root, const QString &path, QString *error, QJsonDocument::JsonFormat format)
{
    auto fail = [&](const QString &why) {
        if (error)
            *error = ProjectFile::tr("Cannot save %1: %2. The file on disk was not changed.").arg(QDir::toNativeSeparators(path), why);
        return false;
    };
    if (path.isEmpty())
        return fail(ProjectFile::tr("no file name"));
    if (QFileInfo(path).isDir())
        return fail(ProjectFile::tr("it is a folder"));
    QString why;
    if (!SafeWrite::toFile(path, QJsonDocument(root).toJson(format), SafeWrite::ExistingFile::Replace, &why))
        return fail(why);
    return true;
}

bool ProjectFile::save(const ReviewDocument &doc, const QString &path, QString *error)
{
    return writeJson(toJson(doc), path, error);
}

std::unique_ptr<ReviewDocument> ProjectFile::fromJson(const QByteArray &bytes, const QString &fileName, QString *error,
                                                      QStringList *warnings)
{
    auto fail = [&](const QString &message) -> std::unique_ptr<ReviewDocument> {
        if (error)
            *error = message;
        return nullptr;
    };
    if (bytes.trimmed().isEmpty())
        return fail(ProjectFile::tr("%1: the file is empty, not a Galley project").arg(fileName));
    QJsonParseError parseError;
    const QJsonDocument json = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return fail(ProjectFile::tr("%1: %2 (byte %3): not valid JSON: %4 — the file is damaged or not a Galley project")
                        .arg(fileName, lineAndColumn(bytes, parseError.offset))
                        .arg(parseError.offset)
                        .arg(parseError.errorString()));
    if (!json.isObject())
        return fail(ProjectFile::tr("%1: not a Galley project (the JSON is not an object)").arg(fileName));
    QJsonObject root = json.object();
    if (root.value(QStringLiteral("format")).toString() != kFormat)
        return fail(ProjectFile::tr("%1: not a Galley project (no \"format\": \"%2\")").arg(fileName, kFormat));
    QString migrateError;
    if (!migrate(root, fileName, &migrateError, warnings))
        return fail(migrateError);

    Reader r(fileName);
    std::optional<Page> page = readPage(r, root);
    if (!page)
        return fail(r.error());
    std::optional<Segmentation> seg = readSegmentation(r, root, *page);
    if (!seg)
        return fail(r.error());
    std::optional<QHash<int, QString>> corrections = readCorrections(r, root, *seg, warnings, fileName);
    if (!corrections)
        return fail(r.error());

    auto doc = std::make_unique<ReviewDocument>(std::move(*page), std::move(*seg));
    doc->setCorrections(*corrections);
    doc->setProperty(kKeptJsonProperty, root);
    return doc;
}

std::unique_ptr<ReviewDocument> ProjectFile::load(const QString &path, QString *error, QStringList *warnings)
{
    const QString name = QDir::toNativeSeparators(path);
    auto fail = [&](const QString &message) -> std::unique_ptr<ReviewDocument> {
        if (error)
            *error = message;
        return nullptr;
    };
    const QFileInfo info(path);
    if (!info.exists())
        return fail(ProjectFile::tr("%1: no such file").arg(name));
    if (info.isDir())
        return fail(ProjectFile::tr("%1: is a folder, not a project file").arg(name));
    if (!isRegularFile(path))
        return fail(ProjectFile::tr("%1: not a regular file (a device, FIFO or socket), not a project file").arg(name));
    if (info.size() > kMaxProjectBytes)
        return fail(ProjectFile::tr("%1: %2 bytes is too large for a Galley project").arg(name).arg(info.size()));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(ProjectFile::tr("%1: cannot read: %2").arg(name, file.errorString()));
    const QByteArray bytes = file.readAll();
    if (file.error() != QFileDevice::NoError)
        return fail(ProjectFile::tr("%1: cannot read: %2").arg(name, file.errorString()));
    auto doc = fromJson(bytes, name, error, warnings);
    if (doc && warnings) {
        const QString source = QDir::toNativeSeparators(doc->page().sourcePath());
        const SourceState state = sourceState(doc->page());
        if (state == SourceState::Changed)
            warnings->append(ProjectFile::tr("The source page %1 changed on disk since it was imported into this project. Galley "
                                "keeps working on the page saved in the project.")
                                 .arg(source));
        else if (state == SourceState::NotAFile)
            warnings->append(ProjectFile::tr("The source page %1 is not a regular file (a device, FIFO or folder); Galley did "
                                             "not read it and works on the page saved in the project.")
                                 .arg(source));
    }
    return doc;
}

bool ProjectFile::isProjectFile(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix();
    if (suffix.compare(ProjectFile::suffix(), Qt::CaseInsensitive) == 0
        || suffix.compare(QLatin1String("galley-recovery"), Qt::CaseInsensitive) == 0)
        return true;
    // Only a regular file is looked into: opening a FIFO would wait for a writer, and reading it
    // would take the bytes the page importer needs.
    if (!isRegularFile(path))
        return false;
    QFile file(path);
    if (file.size() > kMaxProjectBytes || !file.open(QIODevice::ReadOnly))
        return false;
    const QByteArray head = file.peek(4096).trimmed();
    if (!head.startsWith('{') || !head.contains('"'))
        return false;
    // JSON keys are written sorted, so "format" may come after a long "corrections": parse it all.
    const QJsonDocument json = QJsonDocument::fromJson(file.readAll());
    return json.isObject() && json.object().value(QStringLiteral("format")).toString() == kFormat;
}

ProjectFile::SourceState ProjectFile::sourceState(const Page &page)
{
    const QString path = page.sourcePath();
    if (path.isEmpty() || path == QLatin1String("-") || page.sha256().isEmpty())
        return SourceState::Unknown;
    const QFileInfo info(path);
    if (!info.exists() && !info.isSymLink())
        return SourceState::Missing;
    if (!isRegularFile(path))
        return SourceState::NotAFile;
    if (info.size() > ImportOptions().maxBytes)
        return SourceState::Changed; // never imported at that size
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return SourceState::Unknown;
    QCryptographicHash hash(QCryptographicHash::Sha256);
    // Bounded even if the file grows while it is read.
    qint64 left = ImportOptions().maxBytes + 1;
    QByteArray chunk;
    while (left > 0) {
        chunk = file.read(std::min<qint64>(left, 1 << 20));
        if (chunk.isEmpty())
            break;
        hash.addData(chunk);
        left -= chunk.size();
    }
    if (file.error() != QFileDevice::NoError)
        return SourceState::Unknown;
    if (left <= 0)
        return SourceState::Changed;
    return hash.result().toHex() == page.sha256().toLower() ? SourceState::Unchanged : SourceState::Changed;
}

} // namespace galley
