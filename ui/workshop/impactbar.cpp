#include "impactbar.h"

#include "analysis/chains.h"
#include "canvas/journeyscene.h"
#include "model/document.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QTextDocumentFragment>
#include <QTimer>
#include <QToolButton>

namespace cx {

namespace {

constexpr int namedAtMost = 5; // cards named in the bar; the rest are counted

// "IT", "IT and Billing & Finance", "IT, Sales and Billing & Finance".
QString joined(const QStringList& names)
{
    if (names.size() <= 1)
        return names.value(0);
    return ImpactBar::tr("%1 and %2")
        .arg(names.mid(0, names.size() - 1).join(QStringLiteral(", ")), names.last());
}

} // namespace

ImpactBar::ImpactBar(canvas::JourneyScene* scene, QWidget* parent) : QWidget(parent), m_scene(scene)
{
    setObjectName(QStringLiteral("impactBar"));
    m_text = new QLabel(this);
    m_text->setObjectName(QStringLiteral("impactSummary"));
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::RichText);
    m_text->setOpenExternalLinks(false); // the anchors are card ids, never followed
    m_text->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    connect(m_text, &QLabel::linkActivated, this, [this](const QString& link) {
        if (link.startsWith(QLatin1String("card:")))
            emit cardChosen(link.mid(5).toLongLong());
    });
    auto* close = new QToolButton(this);
    close->setText(tr("Clear"));
    close->setToolTip(tr("End the trace (Esc)"));
    connect(close, &QToolButton::clicked, this, &ImpactBar::clear);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 6, 4);
    layout->addWidget(m_text, 1);
    layout->addWidget(close, 0, Qt::AlignTop);
    setAutoFillBackground(true);
    QPalette p = palette();
    p.setColor(QPalette::Window, QColor(0xfd, 0xf3, 0xe1));
    setPalette(p);
    hide();
}

void ImpactBar::setDocument(Document* doc)
{
    if (m_doc)
        disconnect(m_doc, nullptr, this, nullptr);
    m_doc = doc;
    m_card = 0;
    hide();
    if (!doc)
        return;
    // The trace follows the map: what can change a chain, a card's mood or a
    // name in the bar retraces it once the edit is done; the card's removal
    // ends it.
    const auto stale = [this] {
        if (m_card && !m_retracing) {
            m_retracing = true;
            QTimer::singleShot(0, this, &ImpactBar::retrace);
        }
    };
    // A card matters when it is on the trace: only links bring others onto it.
    const auto staleIfTraced = [this, stale](Id cardId) {
        if (m_scene->trace().cards.contains(cardId))
            stale();
    };
    connect(doc, &Document::cardChanged, this, staleIfTraced);
    connect(doc, &Document::cardMoved, this, staleIfTraced);
    connect(doc, &Document::cardRemoved, this, staleIfTraced);
    connect(doc, &Document::linkAdded, this, stale);
    connect(doc, &Document::linkChanged, this, stale);
    connect(doc, &Document::linkRemoved, this, stale);
    connect(doc, &Document::laneChanged, this, stale);
    connect(doc, &Document::departmentChanged, this, stale);
    connect(doc, &Document::departmentRemoved, this, stale);
    connect(doc, &Document::reloaded, this, stale);
}

void ImpactBar::retrace()
{
    m_retracing = false;
    if (!m_card)
        return;
    if (m_doc && m_doc->card(m_card) && m_doc->journeyOfCard(m_card) == m_scene->journeyId())
        showFor(m_card);
    else
        clear();
}

void ImpactBar::showFor(Id cardId)
{
    const Card* card = m_doc ? m_doc->card(cardId) : nullptr;
    if (!card)
        return;
    const analysis::CardChains chains = analysis::chainsOfCard(m_doc->snapshot(), cardId);
    canvas::JourneyScene::Trace trace;
    trace.origin = cardId;
    trace.cards.insert(cardId);
    for (const analysis::Chain* chain : {&chains.forward, &chains.backward}) {
        for (const analysis::ChainCard& c : chain->cards)
            trace.cards.insert(c.cardId);
        for (Id link : chain->links)
            trace.links.insert(link);
    }
    m_card = cardId;
    m_scene->setTrace(trace);

    QList<Id> moments, unhappy;
    for (const analysis::ChainCard& c : chains.forward.cards) {
        if (c.customerMoment)
            (c.unhappy ? unhappy : moments).append(c.cardId);
    }
    const analysis::ChainSummary& s = chains.summary;
    QString text = tr("<b>Impact of %1</b>: ").arg(entries({cardId}));
    text += s.customerMoments == 0
                ? tr("reaches no customer moment")
                : tr("reaches %1, %2 unhappy")
                      .arg(tr("%n customer moment(s)", nullptr, s.customerMoments))
                      .arg(s.unhappy);
    if (!unhappy.isEmpty())
        text += QStringLiteral(" (%1)").arg(entries(unhappy));
    QStringList departments;
    QList<Id> causes;
    for (const analysis::DepartmentRootCauses& d : s.rootCausesByDepartment) {
        const Department* dep = m_doc->department(d.departmentId);
        departments.append(dep ? dep->name.toHtmlEscaped() : tr("no department"));
        causes += d.cardIds;
    }
    text += s.rootCauses == 0
                ? tr("; no root cause")
                : tr("; root causes: %1 of %2")
                      .arg(tr("%n process(es)", nullptr, s.rootCauses), joined(departments));
    if (!causes.isEmpty())
        text += QStringLiteral(" (%1)").arg(entries(causes));
    m_text->setText(text);
    show();
    emit traceChanged(true);
}

// The cards as links to themselves, the first few by title.
QString ImpactBar::entries(const QList<Id>& cards) const
{
    QStringList out;
    for (Id id : cards.mid(0, namedAtMost)) {
        const Card* c = m_doc->card(id);
        QString title = c ? c->title.simplified() : QString::number(id);
        if (title.size() > 48)
            title = title.left(47) + QChar(0x2026);
        out.append(
            QStringLiteral("<a href=\"card:%1\">“%2”</a>").arg(id).arg(title.toHtmlEscaped()));
    }
    if (cards.size() > namedAtMost)
        out.append(tr("%1 more").arg(cards.size() - namedAtMost));
    return out.join(QStringLiteral(", "));
}

QString ImpactBar::summary() const
{
    return QTextDocumentFragment::fromHtml(m_text->text()).toPlainText();
}

void ImpactBar::clear()
{
    const bool was = m_card != 0;
    const QWidget* focus = QApplication::focusWidget();
    const bool hadFocus = !focus || isAncestorOf(focus);
    m_card = 0;
    m_scene->setTrace({});
    hide();
    if (was) {
        emit traceChanged(false);
        emit cleared(hadFocus);
    }
}

} // namespace cx
