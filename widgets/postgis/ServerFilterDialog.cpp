#include "postgis/ServerFilterDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPushButton>

namespace rc {

ServerFilterDialog::ServerFilterDialog(const QStringList &columns,
                                       const std::optional<AttributeFilter> &current, QWidget *parent)
    : QDialog(parent), m_column(new QComboBox(this)), m_comparison(new QComboBox(this)),
      m_value(new QLineEdit(this))
{
  setWindowTitle(tr("Server Filter"));
  m_column->addItems(columns);
  using Comparison = AttributeFilter::Comparison;
  for (const Comparison comparison :
       {Comparison::Equal, Comparison::NotEqual, Comparison::Less, Comparison::LessOrEqual,
        Comparison::Greater, Comparison::GreaterOrEqual, Comparison::Contains, Comparison::StartsWith})
    m_comparison->addItem(AttributeFilter::comparisonName(comparison), int(comparison));
  if (current) {
    m_column->setCurrentText(current->column);
    m_comparison->setCurrentIndex(m_comparison->findData(int(current->comparison)));
    m_value->setText(current->value);
  }
  auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
  connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
  connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
  buttons->button(QDialogButtonBox::Ok)->setEnabled(!columns.isEmpty());

  auto *form = new QFormLayout(this);
  form->addRow(tr("Column:"), m_column);
  form->addRow(tr("Comparison:"), m_comparison);
  form->addRow(tr("Value:"), m_value);
  form->addRow(buttons);
}

AttributeFilter ServerFilterDialog::filter() const
{
  return {m_column->currentText(), AttributeFilter::Comparison(m_comparison->currentData().toInt()),
          m_value->text()};
}

} // namespace rc
