// SPDX-FileCopyrightText: 2026 The Galley authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExportDialog.h"

#include "SyntaxSupport.h"
#include "export/ChineseConverter.h"
#include "export/ExportFormat.h"
#include "export/ExportWriter.h"
#include "export/PlainTextWriter.h"
#include "model/ReviewDocument.h"

#include <KSyntaxHighlighting/SyntaxHighlighter>

#include <QtConcurrent/QtConcurrentRun>
#include <QFutureWatcher>

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSplitter>
#include <QStandardPaths>
#include <QToolButton>
#include <QVBoxLayout>

namespace galley {

ExportDialog::ExportDialog(ReviewDocument *document, QWidget *parent)
    : QDialog(parent)
    , m_document(document)
{
    m_previewPool.setMaxThreadCount(1); // one render at a time (showPreview)
    setWindowTitle(tr("Export Articles"));
    setObjectName(QStringLiteral("exportDialog"));

    m_format = new QComboBox;
    for (ExportFormat f : ExportFormats::all())
        m_format->addItem(ExportFormats::displayName(f), QVariant::fromValue(int(f)));
    m_perArticle = new QRadioButton(tr("One file per &article"));
    m_perPage = new QRadioButton(tr("One file for the whole &page"));
    m_format->setObjectName(QStringLiteral("format"));
    m_perArticle->setObjectName(QStringLiteral("perArticle"));
    m_perPage->setObjectName(QStringLiteral("perPage"));
    auto *split = new QButtonGroup(this);
    split->addButton(m_perArticle);
    split->addButton(m_perPage);
    m_perArticle->setChecked(true);

    m_wrapRepair = new QCheckBox(tr("&Repair line wraps"));
    m_wrapRepair->setToolTip(tr("Remove the spaces and line breaks that text extraction left at printed line ends."));
    m_punctuation = new QCheckBox(tr("Restore Chinese &punctuation"));
    m_punctuation->setToolTip(tr("Half-width , : ; ( ) ! ? and straight quotes in Chinese text become full-width marks "
                                 "and curly quotes (GB/T 15834). Numbers, times and Latin text stay as they are."));
    m_nfc = new QCheckBox(tr("Unicode &NFC"));
    m_nfc->setToolTip(tr("Compose characters to Unicode Normalization Form C."));
    m_conversion = new QComboBox;
    for (ChineseConversion c : ChineseConverter::all())
        m_conversion->addItem(ChineseConverter::displayName(c), QVariant::fromValue(int(c)));

    m_folder = new QLineEdit;
    m_folder->setObjectName(QStringLiteral("targetFolder"));
    auto *browse = new QToolButton;
    browse->setText(tr("Browse…"));
    connect(browse, &QToolButton::clicked, this, &ExportDialog::chooseFolder);
    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(browse);

    auto *form = new QFormLayout;
    form->addRow(tr("&Format:"), m_format);
    auto *splitBox = new QVBoxLayout;
    splitBox->addWidget(m_perArticle);
    splitBox->addWidget(m_perPage);
    form->addRow(tr("Files:"), splitBox);
    form->addRow(tr("&Chinese:"), m_conversion);
    auto *textBox = new QVBoxLayout;
    textBox->addWidget(m_wrapRepair);
    textBox->addWidget(m_punctuation);
    textBox->addWidget(m_nfc);
    form->addRow(tr("Text:"), textBox);
    auto *folderLabel = new QLabel(tr("&Folder:"));
    folderLabel->setBuddy(m_folder);
    form->addRow(folderLabel, folderRow);

    m_files = new QListWidget;
    m_files->setObjectName(QStringLiteral("plannedFiles"));
    auto *filesLabel = new QLabel(tr("Files to &write:"));
    filesLabel->setBuddy(m_files);

    auto *left = new QWidget;
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addLayout(form);
    leftLayout->addWidget(filesLabel);
    leftLayout->addWidget(m_files, 1);

    m_preview = new QPlainTextEdit;
    m_preview->setObjectName(QStringLiteral("preview"));
    m_preview->setReadOnly(true);
    m_preview->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    mono.setFamilies({mono.family(), QStringLiteral("Noto Sans Mono CJK SC"), QStringLiteral("Noto Sans CJK SC")});
    m_preview->setFont(mono);
    auto *previewLabel = new QLabel(tr("Pre&view:"));
    previewLabel->setBuddy(m_preview);
    auto *right = new QWidget;
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(previewLabel);
    rightLayout->addWidget(m_preview, 1);

    auto *splitter = new QSplitter;
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);

    m_status = new QLabel;
    m_status->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    m_exportButton = buttons->addButton(tr("&Export"), QDialogButtonBox::AcceptRole);
    m_exportButton->setDefault(true);
    connect(m_exportButton, &QPushButton::clicked, this, &ExportDialog::exportFiles);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);

    // Remembered choices.
    QSettings settings;
    settings.beginGroup(QStringLiteral("export"));
    ExportOptions o;
    o.format = ExportFormats::fromName(settings.value(QStringLiteral("format"), QStringLiteral("markdown")).toString()).value_or(ExportFormat::Markdown);
    o.perArticle = settings.value(QStringLiteral("perArticle"), true).toBool();
    o.text.wrapRepair = settings.value(QStringLiteral("wrapRepair"), true).toBool();
    o.text.chinesePunctuation = settings.value(QStringLiteral("chinesePunctuation"), false).toBool();
    o.text.nfc = settings.value(QStringLiteral("nfc"), true).toBool();
    o.text.conversion = ChineseConverter::fromName(settings.value(QStringLiteral("conversion")).toString()).value_or(ChineseConversion::None);
    QString folder = settings.value(QStringLiteral("folder")).toString();
    if (folder.isEmpty())
        folder = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)).filePath(QStringLiteral("Galley export"));
    o.targetDir = folder;
    setOptions(o);

    for (QComboBox *c : {m_format, m_conversion})
        connect(c, &QComboBox::currentIndexChanged, this, &ExportDialog::refresh);
    for (QAbstractButton *b : std::initializer_list<QAbstractButton *>{m_perArticle, m_wrapRepair, m_punctuation, m_nfc})
        connect(b, &QAbstractButton::toggled, this, &ExportDialog::refresh);
    connect(m_folder, &QLineEdit::textChanged, this, [this] { m_exportButton->setEnabled(!m_folder->text().trimmed().isEmpty()); });
    connect(m_folder, &QLineEdit::editingFinished, this, &ExportDialog::refresh); // names depend on the folder's files
    connect(m_files, &QListWidget::currentRowChanged, this, &ExportDialog::showPreview);
    connect(&m_previewWatcher, &QFutureWatcher<Preview>::finished, this, &ExportDialog::previewDone);
    connect(m_document, &ReviewDocument::segmentationChanged, this, &ExportDialog::refresh);
    connect(m_document, &ReviewDocument::pieceTextChanged, this, &ExportDialog::refresh);

    resize(1100, 680);
    refresh();
}

ExportOptions ExportDialog::options() const
{
    ExportOptions o;
    o.format = ExportFormat(m_format->currentData().toInt());
    o.perArticle = m_perArticle->isChecked();
    o.text.wrapRepair = m_wrapRepair->isChecked();
    o.text.chinesePunctuation = m_punctuation->isChecked();
    o.text.nfc = m_nfc->isChecked();
    o.text.conversion = ChineseConversion(m_conversion->currentData().toInt());
    o.targetDir = m_folder->text().trimmed();
    o.protectedFiles = m_protectedFiles;
    return o;
}

void ExportDialog::setProtectedFiles(const QStringList &paths)
{
    m_protectedFiles = paths;
    refresh();
}

void ExportDialog::setOptions(const ExportOptions &o)
{
    const QSignalBlocker b1(m_format), b2(m_perArticle), b3(m_perPage), b4(m_wrapRepair), b5(m_punctuation), b6(m_nfc), b7(m_conversion);
    m_format->setCurrentIndex(m_format->findData(int(o.format)));
    (o.perArticle ? m_perArticle : m_perPage)->setChecked(true);
    m_wrapRepair->setChecked(o.text.wrapRepair);
    m_punctuation->setChecked(o.text.chinesePunctuation);
    m_nfc->setChecked(o.text.nfc);
    m_conversion->setCurrentIndex(m_conversion->findData(int(o.text.conversion)));
    m_folder->setText(o.targetDir);
    refresh();
}

QString ExportDialog::pageName() const
{
    const QString source = m_document->page().sourcePath();
    const QString stem = QFileInfo(source).completeBaseName();
    return stem.isEmpty() ? QStringLiteral("page") : stem;
}

void ExportDialog::refresh()
{
    if (!m_files)
        return;
    const int row = std::max(0, m_files->currentRow());
    // ALTO and PAGE: one file per page with the corrected text as the editor wrote it.
    const bool pageOnly = ExportFormats::isPageOnly(options().format);
    for (QWidget *w : std::initializer_list<QWidget *>{m_perArticle, m_perPage, m_wrapRepair, m_punctuation, m_nfc, m_conversion})
        w->setEnabled(!pageOnly);
    QStringList warnings;
    m_plan = BatchExporter::plan(*m_document, options(), pageName(), &warnings);
    m_warnings = warnings;
    const QSignalBlocker block(m_files);
    m_files->clear();
    for (const BatchExporter::RenderedFile &f : std::as_const(m_plan.files))
        m_files->addItem(f.relativePath);
    m_files->setCurrentRow(std::min(row, int(m_files->count()) - 1));
    m_status->setText(warnings.join(u'\n'));
    showPreview();
}

ExportDialog::Preview ExportDialog::renderPreview(const BatchExporter::Plan &plan, const ExportOptions &options, int row, int generation)
{
    Preview out;
    out.generation = generation;
    if (row < 0 || row >= plan.files.size())
        return out;
    const BatchExporter::RenderedFile f = plan.rendered ? plan.files[row]
                                                        : BatchExporter::renderFile(plan.page, options, row, plan.files[row].relativePath);
    if (!f.error.isEmpty()) {
        out.text = f.error;
    } else if (ExportFormats::isText(options.format)) {
        out.text = QString::fromUtf8(f.bytes);
        out.syntax = ExportFormats::syntaxDefinition(options.format);
    } else {
        // ODT/PDF: show the text they hold.
        const QString text = options.perArticle && row < plan.page.articles.size() ? PlainTextWriter::article(plan.page.articles[row])
                                                                                     : QString::fromUtf8(PlainTextWriter::write(plan.page));
        out.text = tr("%1 — %2 bytes; its text:").arg(ExportFormats::displayName(options.format)).arg(f.bytes.size())
            + QStringLiteral("\n\n") + text;
    }
    return out;
}

void ExportDialog::showPreview()
{
    ++m_previewGeneration;
    const int row = m_files->currentRow();
    if (row < 0 || row >= m_plan.files.size()) {
        m_previewWanted = false;
        applyPreview(Preview{m_previewGeneration, QString(), QString()});
        return;
    }
    m_preview->setPlaceholderText(tr("Rendering the preview…"));
    m_preview->clear();
    m_previewWanted = true;
    // One render at a time: a request made while one runs starts when it ends (the newest only).
    if (!m_previewRunning.isRunning())
        startPreview();
}

void ExportDialog::startPreview()
{
    m_previewWanted = false;
    // The worker gets copies only (the plan's texts are implicitly shared): the document may change
    // while it runs; a newer request makes its result stale.
    m_previewRunning = QtConcurrent::run(&m_previewPool, &ExportDialog::renderPreview, m_plan, options(), m_files->currentRow(),
                                         m_previewGeneration);
    m_previewWatcher.setFuture(m_previewRunning);
}

void ExportDialog::previewDone()
{
    if (!m_previewRunning.isValid() || !m_previewRunning.isFinished())
        return;
    const Preview result = m_previewRunning.result();
    m_previewRunning = QFuture<Preview>();
    applyPreview(result);
    if (m_previewWanted)
        startPreview();
}

void ExportDialog::waitForPreview()
{
    while (m_previewRunning.isValid()) {
        m_previewRunning.waitForFinished();
        previewDone();
    }
}

ExportDialog::~ExportDialog()
{
    // A render still running reads only its own copies; waiting keeps no thread rendering for a
    // dialog that is gone (at most one file). m_previewPool's destructor then ends its thread.
    m_previewWanted = false;
    if (m_previewRunning.isValid())
        m_previewRunning.waitForFinished();
}

void ExportDialog::applyPreview(const Preview &preview)
{
    if (preview.generation != m_previewGeneration)
        return; // stale: a newer request is on its way
    const auto def = preview.syntax.isEmpty() ? KSyntaxHighlighting::Definition() : SyntaxSupport::repository().definitionForName(preview.syntax);
    setPreview(preview.text, def);
}

void ExportDialog::setPreview(const QString &text, const KSyntaxHighlighting::Definition &definition)
{
    // KSyntaxHighlighting's SyntaxHighlighter queues a rehighlightBlock(next block) call whenever a
    // block ends in another state than before — for every block when the definition changes. Such a
    // call for a block of a text that setPlainText() replaced before it ran dereferenced a block that
    // was gone: with the many lines of a whole-page JSON preview, choosing another format crashed the
    // dialog (issue 7). So each text gets a fresh highlighter; deleting the old one drops its queued
    // calls, and the new one sees only new blocks (no state to compare, nothing queued). It is attached
    // after the text is in place and highlights at the next turn of the event loop.
    delete m_highlighter;
    m_preview->setPlainText(text);
    m_highlighter = new KSyntaxHighlighting::SyntaxHighlighter(this);
    m_highlighter->setTheme(SyntaxSupport::themeFor(palette()));
    m_highlighter->setDefinition(definition);
    m_highlighter->setDocument(m_preview->document());
    m_preview->setProperty("syntax", definition.isValid() ? definition.name() : QString());
}

QStringList ExportDialog::plannedFiles() const
{
    QStringList out;
    for (const BatchExporter::RenderedFile &f : m_plan.files)
        out.append(f.relativePath);
    return out;
}

QString ExportDialog::previewText() const
{
    const_cast<ExportDialog *>(this)->waitForPreview();
    return m_preview->toPlainText();
}

QString ExportDialog::previewSyntax() const
{
    const_cast<ExportDialog *>(this)->waitForPreview();
    return m_preview->property("syntax").toString();
}

void ExportDialog::chooseFolder()
{
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Export to Folder"), m_folder->text());
    if (!dir.isEmpty())
        m_folder->setText(dir);
}

bool ExportDialog::exportFiles()
{
    ExportOptions o = options();
    if (o.targetDir.isEmpty())
        return false;
    refresh();
    waitForPreview(); // no render on a pool thread while the files are rendered here
    // Every file rendered now (the preview renders one at a time); the names are the plan's.
    QStringList renderWarnings;
    const QList<BatchExporter::RenderedFile> rendered = BatchExporter::render(*m_document, o, pageName(), &renderWarnings);
    const QDir target(o.targetDir);
    QStringList existing;
    for (const BatchExporter::RenderedFile &f : rendered)
        if (QFileInfo::exists(target.filePath(f.relativePath)))
            existing.append(target.filePath(f.relativePath));
    if (!existing.isEmpty()) {
        const bool replace = m_askOverwrite ? m_askOverwrite(existing)
                                            : QMessageBox::question(this, tr("Replace Files?"),
                                                                    tr("%n file(s) already exist in %1:\n%2\n\nReplace them?", nullptr, int(existing.size()))
                                                                        .arg(QDir::toNativeSeparators(o.targetDir),
                                                                             existing.mid(0, 8).join(u'\n') + (existing.size() > 8 ? QStringLiteral("\n…") : QString())),
                                                                    QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
                                                  == QMessageBox::Yes;
        if (!replace) {
            m_status->setText(tr("Nothing exported: existing files kept."));
            return false;
        }
        o.overwrite = true;
    }

    InputResult result;
    result.input = m_document->page().sourcePath();
    result.articles = int(m_document->segmentation().articles.size());
    result.files = BatchExporter::writeFiles(rendered, o);
    result.warnings = m_warnings;
    m_lastResult = result;

    QSettings settings;
    settings.beginGroup(QStringLiteral("export"));
    settings.setValue(QStringLiteral("format"), ExportFormats::name(o.format));
    settings.setValue(QStringLiteral("perArticle"), o.perArticle);
    settings.setValue(QStringLiteral("wrapRepair"), o.text.wrapRepair);
    settings.setValue(QStringLiteral("chinesePunctuation"), o.text.chinesePunctuation);
    settings.setValue(QStringLiteral("nfc"), o.text.nfc);
    settings.setValue(QStringLiteral("conversion"), ChineseConverter::name(o.text.conversion));
    settings.setValue(QStringLiteral("folder"), o.targetDir);

    const int failed = result.failedFiles();
    const int written = int(result.files.size()) - failed;
    QStringList lines;
    if (failed == 0) {
        lines.append(tr("%n file(s) written to %1.", nullptr, written).arg(QDir::toNativeSeparators(o.targetDir)));
    } else {
        QStringList errors;
        for (const FileResult &f : std::as_const(result.files))
            if (!f.ok())
                errors.append(f.error);
        lines.append(tr("%1 written, %2 failed:\n%3").arg(written).arg(failed).arg(errors.join(u'\n')));
    }
    m_status->setText((lines + m_warnings).join(u'\n'));
    emit exported(result);
    return failed == 0 && !result.files.isEmpty();
}

} // namespace galley
