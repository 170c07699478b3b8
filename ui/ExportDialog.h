// SPDX-FileCopyrightText: 2026 The Galley authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// ExportDialog: File ▸ Export… — writes clean copies of the open page's articles.
// Left: format, one file per article or per page, the text options (wrap repair, Chinese
// punctuation per GB/T 15834, Simplified/Traditional with OpenCC, Unicode NFC), the target folder and
// the list of files that will be written. Right: a preview of the selected file, highlighted with
// KSyntaxHighlighting (Markdown, HTML, JSON, XML definitions from its repository); ODT and PDF are
// previewed as their text.
// The list of files is planned at once (names only: BatchExporter::plan); the preview renders only
// the selected file, on demand, on a thread of the dialog's own pool (QtConcurrent on m_previewPool,
// not the global pool: PDF and ODT lay text out with fonts, and a font-using thread must end before
// the QApplication does — the pool's destructor joins it with the dialog): each request has a generation
// number and a result older than the latest request is dropped; one render runs at a time (a
// request made meanwhile starts when it ends, only the newest), so toggling an option on a
// 900-article page never blocks the dialog (figures: docs/performance.md, "Export dialog").
// Export never replaces a file without asking; files are written atomically (BatchExporter /
// ExportFileWriter) and failures are listed per file. The document is only read, never changed.
#include "export/BatchExporter.h"

#include <QDialog>
#include <QFuture>
#include <QFutureWatcher>
#include <QThreadPool>

#include <functional>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QRadioButton;

namespace KSyntaxHighlighting {
class Definition;
class SyntaxHighlighter;
}

namespace galley {

class ReviewDocument;

class ExportDialog : public QDialog {
    Q_OBJECT
public:
    /// document must outlive the dialog.
    explicit ExportDialog(ReviewDocument *document, QWidget *parent = nullptr);
    ~ExportDialog() override;

    ExportOptions options() const;
    void setOptions(const ExportOptions &options);
    /// File names (relative to the target folder) the export will write, in list order.
    QStringList plannedFiles() const;
    /// Text in the preview pane, once the preview being rendered is shown (waits for it: tests).
    QString previewText() const;
    /// Name of the KSyntaxHighlighting definition the preview uses ("" for none); waits as previewText().
    QString previewSyntax() const;
    /// Blocks until the preview last asked for is rendered and shown (tests, benchmarks).
    void waitForPreview();
    /// Asked with the existing files' paths before any is replaced; the default shows a message box.
    void setOverwriteQuestion(std::function<bool(const QStringList &existing)> ask) { m_askOverwrite = std::move(ask); }
    /// Files the export must never replace (the open project); the page's own file is always kept.
    void setProtectedFiles(const QStringList &paths);
    /// Result of the last export (empty before the first).
    const InputResult &lastResult() const { return m_lastResult; }

public slots:
    /// Writes the files. Returns false if nothing was written (cancelled) or any file failed.
    bool exportFiles();

signals:
    void exported(const galley::InputResult &result);

private:
    /// What a pool thread gives back for the preview.
    struct Preview {
        int generation = 0;
        QString text;
        QString syntax; ///< KSyntaxHighlighting definition name, "" for none
    };
    static Preview renderPreview(const BatchExporter::Plan &plan, const ExportOptions &options, int row, int generation);

    void refresh();
    void showPreview();
    void startPreview();
    void previewDone();
    void applyPreview(const Preview &preview);
    void setPreview(const QString &text, const KSyntaxHighlighting::Definition &definition);
    void chooseFolder();
    QString pageName() const;

    ReviewDocument *m_document;
    QComboBox *m_format;
    QRadioButton *m_perArticle;
    QRadioButton *m_perPage;
    QCheckBox *m_wrapRepair;
    QCheckBox *m_punctuation;
    QCheckBox *m_nfc;
    QComboBox *m_conversion;
    QLineEdit *m_folder;
    QListWidget *m_files;
    QPlainTextEdit *m_preview;
    QLabel *m_status;
    QPushButton *m_exportButton;
    KSyntaxHighlighting::SyntaxHighlighter *m_highlighter = nullptr; ///< replaced with each preview text (setPreview)
    BatchExporter::Plan m_plan;   ///< names of the files, the content they are rendered from
    int m_previewGeneration = 0;  ///< of the latest preview request; older results are dropped
    QThreadPool m_previewPool;           ///< renders the preview; declared before the future that runs on it
    QFuture<Preview> m_previewRunning;   ///< the one render on m_previewPool, while it runs
    QFutureWatcher<Preview> m_previewWatcher;
    bool m_previewWanted = false;        ///< a newer request waits for m_previewRunning to end
    QStringList m_warnings; ///< of the last refresh(): rendering notes and renamed files
    QStringList m_protectedFiles;
    InputResult m_lastResult;
    std::function<bool(const QStringList &)> m_askOverwrite;
};

} // namespace galley
