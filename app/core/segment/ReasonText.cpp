// SPDX-FileCopyrightText: 2026 The Galley authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReasonText.h"

#include <QCoreApplication>

namespace galley {

namespace {

constexpr QChar kField(u'\x1F');    // between context, source and arguments
constexpr QChar kItem(u'\x1E');     // between the reasons of a joinReasons() argument
constexpr QChar kNested(u'\x1D');   // a nested reason's own field separator

// Not cached: the UI language can change while the program runs (a translator installed later).
QString translated(const QString &context, const QString &source)
{
    return QCoreApplication::translate(context.toUtf8().constData(), source.toUtf8().constData());
}

QString displayArgument(const QString &arg)
{
    if (!arg.contains(kItem) && !arg.contains(kNested))
        return arg;
    QStringList shown;
    for (QString item : arg.split(kItem))
        shown << reasonDisplay(item.replace(kNested, kField));
    return shown.join(QLatin1String("; "));
}

} // namespace

ReasonId::ReasonId(const char *context, const char *source)
    : m_stored(QString::fromUtf8(context) + kField + QString::fromUtf8(source))
{
}

ReasonId ReasonId::arg(const QString &a) const
{
    ReasonId r = *this;
    r.m_stored += kField + a;
    return r;
}

ReasonId ReasonId::arg(const QString &a, const QString &b) const
{
    return arg(a).arg(b);
}

ReasonId ReasonId::arg(double a, int fieldWidth, char format, int precision) const
{
    return arg(QString(QStringLiteral("%1")).arg(a, fieldWidth, format, precision));
}

ReasonId ReasonId::arg(int a) const
{
    return arg(QString::number(a));
}

ReasonId reasonText(const char *context, const char *text)
{
    return ReasonId(context, text);
}

bool isReasonId(const QString &stored)
{
    return stored.contains(kField);
}

QString reasonDisplay(const QString &stored)
{
    if (!isReasonId(stored))
        return stored;
    const QStringList parts = stored.split(kField);
    QString text = translated(parts.at(0), parts.value(1));
    QStringList args;
    for (qsizetype i = 2; i < parts.size(); ++i)
        args << displayArgument(parts.at(i));
    switch (args.size()) { // all at once, so a value holding "%2" is never substituted again
    case 0: return text;
    case 1: return text.arg(args[0]);
    case 2: return text.arg(args[0], args[1]);
    case 3: return text.arg(args[0], args[1], args[2]);
    default:
        for (const QString &a : std::as_const(args))
            text = text.arg(a);
        return text;
    }
}

QStringList reasonDisplay(const QStringList &stored)
{
    QStringList shown;
    shown.reserve(stored.size());
    for (const QString &s : stored)
        shown << reasonDisplay(s);
    return shown;
}

QString joinReasons(const QStringList &reasons)
{
    QStringList items;
    for (QString r : reasons)
        items << r.replace(kField, kNested);
    return items.join(kItem);
}

} // namespace galley
