#pragma once
// ExportArticle / ExportItem / ExportPage: what the writers get — an article's texts after the
// export's TextOptions were applied (ExportContent builds them from a ReviewDocument).
// All texts are ready to print; a writer escapes them for its format and adds nothing else.
#include "TextOptions.h"
#include "model/ReviewStatus.h"
#include "model/Role.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace galley {

/// A piece printed apart from the running text: table title, table, note, caption, credit, jump line.
struct ExportItem {
    Role role = Role::Unknown;
    QString text;              ///< table: rows separated by '\n', cells by '\t'
    QList<QStringList> rows;   ///< table only: cells of each row
};

struct ExportArticle {
    int id = 0;             ///< Article::id
    int number = 0;         ///< 1-based position on the page
    QString kicker;
    QString headline;
    QString subheadline;
    QString byline;
    /// Dateline found at the start of the first paragraph ("本报讯(记者吕会生)", "WASHINGTON (AP) —"),
    /// else empty. paragraphs keep it; datelineRest is the first paragraph without it (NITF).
    QString dateline;
    QString datelineRest;
    QStringList paragraphs;
    QList<ExportItem> items; ///< reading order
    ReviewStatus status = ReviewStatus::Unreviewed;
    /// This article's object of the segment JSON (docs/segment-json.md), its texts normalised.
    QJsonObject segmentJson;
};

struct ExportPage {
    QString sourcePath;   ///< Page::sourcePath()
    int pageNumber = 1;
    QString encoding;
    QString sha256;
    QStringList warnings;
    /// BCP 47 tag of the text ("zh-Hans", "zh-Hant", "zh", "en") from its script and the conversion.
    QString language;
    TextOptions options;  ///< the options the texts were prepared with
    QList<ExportArticle> articles;
    /// Texts of the furniture pieces (segment JSON objects), for the JSON writer.
    QList<QJsonObject> furnitureJson;
};

} // namespace galley
