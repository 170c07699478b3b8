// SPDX-FileCopyrightText: 2026 The Galley authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChineseConverter.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>

#include <opencc.h>

#include <memory>

namespace galley {

namespace {

struct Entry {
    ChineseConversion conversion;
    const char *name;
    const char *config;
    const char *display;
};
constexpr Entry kEntries[] = {
    {ChineseConversion::None, "none", nullptr, QT_TRANSLATE_NOOP("ChineseConverter", "No conversion")},
    {ChineseConversion::SimplifiedToTraditional, "s2t", "s2t.json", QT_TRANSLATE_NOOP("ChineseConverter", "Simplified → Traditional")},
    {ChineseConversion::TraditionalToSimplified, "t2s", "t2s.json", QT_TRANSLATE_NOOP("ChineseConverter", "Traditional → Simplified")},
    {ChineseConversion::SimplifiedToTaiwan, "s2tw", "s2tw.json", QT_TRANSLATE_NOOP("ChineseConverter", "Simplified → Traditional (Taiwan)")},
    {ChineseConversion::SimplifiedToHongKong, "s2hk", "s2hk.json", QT_TRANSLATE_NOOP("ChineseConverter", "Simplified → Traditional (Hong Kong)")},
    {ChineseConversion::TaiwanToSimplified, "tw2s", "tw2s.json", QT_TRANSLATE_NOOP("ChineseConverter", "Traditional (Taiwan) → Simplified")},
    {ChineseConversion::HongKongToSimplified, "hk2s", "hk2s.json", QT_TRANSLATE_NOOP("ChineseConverter", "Traditional (Hong Kong) → Simplified")},
};

const Entry *entryFor(ChineseConversion c)
{
    for (const auto &e : kEntries)
        if (e.conversion == c)
            return &e;
    return nullptr;
}

// One opened OpenCC converter; closed when the owning thread ends.
struct Handle {
    opencc_t handle = reinterpret_cast<opencc_t>(-1);
    QString error;
    ~Handle()
    {
        if (handle != reinterpret_cast<opencc_t>(-1))
            opencc_close(handle);
    }
};

Handle &handleFor(const char *config)
{
    thread_local QHash<QByteArray, std::shared_ptr<Handle>> cache;
    std::shared_ptr<Handle> &h = cache[QByteArray(config)];
    if (!h) {
        h = std::make_shared<Handle>();
        // OpenCC searches its data directory for a bare name; Debian's is /usr/share/opencc.
        h->handle = opencc_open(config);
        if (h->handle == reinterpret_cast<opencc_t>(-1)) {
            const QByteArray full = QByteArray("/usr/share/opencc/") + config;
            if (QFile::exists(QString::fromLatin1(full)))
                h->handle = opencc_open(full.constData());
        }
        if (h->handle == reinterpret_cast<opencc_t>(-1))
            h->error = QStringLiteral("OpenCC cannot open %1: %2 (is libopencc-data installed?)")
                           .arg(QString::fromLatin1(config), QString::fromUtf8(opencc_error()));
    }
    return *h;
}

} // namespace

QString ChineseConverter::name(ChineseConversion conversion)
{
    const Entry *e = entryFor(conversion);
    return e ? QString::fromLatin1(e->name) : QStringLiteral("none");
}

std::optional<ChineseConversion> ChineseConverter::fromName(QStringView name)
{
    for (const auto &e : kEntries)
        if (name.compare(QLatin1String(e.name), Qt::CaseInsensitive) == 0)
            return e.conversion;
    return std::nullopt;
}

const QList<ChineseConversion> &ChineseConverter::all()
{
    static const QList<ChineseConversion> list = [] {
        QList<ChineseConversion> l;
        for (const auto &e : kEntries)
            l.append(e.conversion);
        return l;
    }();
    return list;
}

QString ChineseConverter::displayName(ChineseConversion conversion)
{
    const Entry *e = entryFor(conversion);
    return e ? QCoreApplication::translate("ChineseConverter", e->display) : QString();
}

QString ChineseConverter::convert(const QString &text, ChineseConversion conversion, QString *error)
{
    const Entry *e = entryFor(conversion);
    if (!e || !e->config || text.isEmpty())
        return text;
    Handle &h = handleFor(e->config);
    if (!h.error.isEmpty()) {
        if (error)
            *error = h.error;
        return text;
    }
    const QByteArray utf8 = text.toUtf8();
    char *out = opencc_convert_utf8(h.handle, utf8.constData(), size_t(utf8.size()));
    if (!out) {
        if (error)
            *error = QStringLiteral("OpenCC %1 failed: %2").arg(QString::fromLatin1(e->config), QString::fromUtf8(opencc_error()));
        return text;
    }
    const QString result = QString::fromUtf8(out);
    opencc_convert_utf8_free(out);
    return result;
}

} // namespace galley
