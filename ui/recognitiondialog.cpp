#include "recognitiondialog.h"

#include "model/document.h"
#include "report/recognitionsheet.h"

#include "analysis/actions.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>

namespace cx {

RecognitionDialog::RecognitionDialog(const Document& doc, Id departmentId, QWidget* parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Export Recognition Sheet"));
    auto* intro = new QLabel(tr("One page that thanks a department for the praise its work "
                                "earned: the praised customer moments it owns, those its "
                                "back-stage and support work fed, and the customers' own words. "
                                "To share in a newsletter or on a wall."),
                             this);
    intro->setWordWrap(true);
    m_department = new QComboBox(this);
    m_department->setAccessibleName(tr("Department"));
    for (Id id : doc.departmentIds()) {
        m_department->addItem(doc.department(id)->name, id);
        if (id == departmentId)
            m_department->setCurrentIndex(m_department->count() - 1);
    }
    m_since = new QDateEdit(report::defaultPeriodStart(today(doc)), this);
    m_since->setCalendarPopup(true);
    m_since->setAccessibleName(tr("Praise since"));
    m_since->setToolTip(tr("Praise dated on or after this day counts (the last 90 days unless "
                           "you choose another day)"));

    auto* form = new QFormLayout;
    form->addRow(tr("&Department:"), m_department);
    form->addRow(tr("Praise &since:"), m_since);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton* save = buttons->addButton(tr("&Export…"), QDialogButtonBox::AcceptRole);
    save->setDefault(true);
    save->setEnabled(m_department->count() > 0);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(buttons);
    setMinimumWidth(440);
}

Id RecognitionDialog::department() const { return m_department->currentData().value<Id>(); }

QDate RecognitionDialog::since() const { return m_since->date(); }

} // namespace cx
