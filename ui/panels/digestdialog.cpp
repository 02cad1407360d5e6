#include "digestdialog.h"

#include "analysis/digest.h"
#include "model/document.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace cx {

DigestDialog::DigestDialog(const Document& doc, Id departmentId, QWidget* parent)
    : QDialog(parent), m_doc(doc), m_department(departmentId)
{
    const Department* d = doc.department(departmentId);
    setWindowTitle(tr("Digest: %1").arg(d ? d->name : QString()));
    setObjectName(QStringLiteral("digestDialog"));
    m_since = new QDateEdit(this);
    m_since->setObjectName(QStringLiteral("digestSince"));
    m_since->setCalendarPopup(true);
    m_since->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    // Its last review, else one interval back: what cxmap digest takes too.
    QDateTime since = lastReview(doc, departmentId);
    if (!since.isValid())
        since = doc.now().toUTC().addDays(-doc.reviewIntervalDays());
    m_since->setDate(since.toUTC().date());
    m_since->setMaximumDate(doc.now().toUTC().date());
    m_markdown = new QCheckBox(tr("&Markdown (for a chat or a wiki)"), this);
    m_markdown->setObjectName(QStringLiteral("digestMarkdown"));
    m_text = new QPlainTextEdit(this);
    m_text->setObjectName(QStringLiteral("digestText"));
    m_text->setReadOnly(true);
    m_text->setAccessibleName(tr("Digest text"));
    m_text->setMinimumSize(560, 380);
    m_note = new QLabel(this);
    m_note->setWordWrap(true);

    auto* form = new QFormLayout;
    form->addRow(tr("Changes &since:"), m_since);
    form->addRow(QString(), m_markdown);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton* copy = buttons->addButton(tr("&Copy"), QDialogButtonBox::ActionRole);
    copy->setObjectName(QStringLiteral("digestCopy"));
    connect(copy, &QPushButton::clicked, this, [this] {
        QApplication::clipboard()->setText(text());
        m_note->setText(tr("Copied: paste it into an e-mail or a chat."));
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_note);
    layout->addWidget(buttons);
    connect(m_since, &QDateEdit::dateChanged, this, &DigestDialog::refresh);
    connect(m_markdown, &QCheckBox::toggled, this, &DigestDialog::refresh);
    refresh();
    copy->setFocus();
}

QString DigestDialog::text() const { return m_text->toPlainText(); }

void DigestDialog::refresh()
{
    // The day as shown: its last review's day means since that review.
    const QDateTime last = lastReview(m_doc, m_department);
    const QDateTime since = last.isValid() && last.toUTC().date() == m_since->date()
                                ? QDateTime()
                                : QDateTime(m_since->date(), QTime(0, 0), Qt::UTC);
    auto digest = makeDigest(m_doc, m_department, since);
    if (!digest) {
        m_text->setPlainText(QString());
        m_note->setText(digest.error().message);
        return;
    }
    m_text->setPlainText(digestText(m_doc, *digest, m_markdown->isChecked()));
    m_note->clear();
}

} // namespace cx
