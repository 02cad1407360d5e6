#include "startpage.h"

#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace cx {

StartPage::StartPage(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("startPage"));
    setAccessibleName(tr("Start page"));
    auto* column = new QWidget(this);
    column->setMinimumWidth(420);
    column->setMaximumWidth(560);
    auto* layout = new QVBoxLayout(column);
    layout->setSpacing(10);

    auto* title = new QLabel(tr("CXMap"), column);
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 2.2);
    big.setBold(true);
    title->setFont(big);
    auto* tagline = new QLabel(tr("Customer-journey maps that know who owns what and what feeds "
                                  "what."),
                               column);
    tagline->setWordWrap(true);
    layout->addWidget(title);
    layout->addWidget(tagline);
    layout->addSpacing(12);

    const auto button = [&](const QString& text, void (StartPage::*signal)()) {
        auto* b = new QPushButton(text, column);
        b->setMinimumHeight(b->sizeHint().height() + 8);
        connect(b, &QPushButton::clicked, this, signal);
        layout->addWidget(b);
        return b;
    };
    button(tr("&New Map"), &StartPage::newRequested)->setObjectName(QStringLiteral("startNew"));
    button(tr("New from &Template or Sample…"), &StartPage::templateRequested)
        ->setObjectName(QStringLiteral("startTemplate"));
    button(tr("&Open…"), &StartPage::openRequested)->setObjectName(QStringLiteral("startOpen"));
    layout->addSpacing(12);
    auto* recentLabel = new QLabel(tr("&Recent maps"), column);
    m_recent = new QListWidget(column);
    m_recent->setObjectName(QStringLiteral("startRecent"));
    m_recent->setAccessibleName(tr("Recent maps"));
    recentLabel->setBuddy(m_recent);
    layout->addWidget(recentLabel);
    layout->addWidget(m_recent, 1);
    connect(m_recent, &QListWidget::itemActivated, this, [this](QListWidgetItem* item) {
        emit recentRequested(item->data(Qt::UserRole).toString());
    });

    auto* outer = new QVBoxLayout(this);
    outer->addStretch(1);
    outer->addWidget(column, 4, Qt::AlignHCenter);
    outer->addStretch(1);
    setAutoFillBackground(true);
}

void StartPage::setRecentFiles(const QStringList& paths)
{
    m_recent->clear();
    for (const QString& path : paths) {
        auto* item = new QListWidgetItem(
            QStringLiteral("%1\n%2").arg(QFileInfo(path).fileName(),
                                         QDir::toNativeSeparators(QFileInfo(path).absolutePath())),
            m_recent);
        item->setData(Qt::UserRole, path);
        item->setToolTip(path);
    }
    if (paths.isEmpty())
        (new QListWidgetItem(tr("None yet"), m_recent))->setFlags(Qt::NoItemFlags);
}

} // namespace cx
