#include "ops/CaseIntakeForm.h"

#include "address/AddressSearchBox.h"
#include "address/CoordinateInput.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QToolButton>

#include <cmath>

using namespace Qt::StringLiterals;

namespace rc {

CaseIntakeForm::CaseIntakeForm(QWidget *parent)
    : QWidget(parent), m_class(new QComboBox(this)), m_subclass(new QLineEdit(this)),
      m_description(new QLineEdit(this)), m_reporterName(new QLineEdit(this)),
      m_reporterPhone(new QLineEdit(this)), m_department(new QLineEdit(this)),
      m_address(new AddressSearchBox(this)), m_coordinate(new QLineEdit(this)), m_pick(new QToolButton(this)),
      m_grid(new QLabel(this)), m_save(new QPushButton(this))
{
  // The major classes of the demo city's time limits; others may be typed.
  m_class->setEditable(true);
  m_class->addItems(
      {u"市容环境"_s, u"街面秩序"_s, u"宣传广告"_s, u"施工管理"_s, u"突发事件"_s, u"扩展事件"_s});
  m_grid->setWordWrap(true);
  m_grid->setTextInteractionFlags(Qt::TextSelectableByMouse);

  auto *where = new QHBoxLayout;
  where->setContentsMargins(0, 0, 0, 0);
  where->addWidget(m_coordinate, 1);
  where->addWidget(m_pick);
  auto *form = new QFormLayout(this);
  const auto row = [this, form](QWidget *field) {
    auto *label = new QLabel(this);
    label->setBuddy(field);
    m_labels << label;
    form->addRow(label, field);
  };
  row(m_class);
  row(m_subclass);
  row(m_description);
  row(m_reporterName);
  row(m_reporterPhone);
  row(m_department);
  row(m_address);
  auto *whereWidget = new QWidget(this);
  whereWidget->setLayout(where);
  row(whereWidget);
  row(m_grid);
  form->addRow(m_save);

  connect(m_coordinate, &QLineEdit::editingFinished, this, &CaseIntakeForm::onCoordinateEdited);
  connect(m_address, &AddressSearchBox::resultChosen, this, &CaseIntakeForm::onAddressChosen);
  connect(m_pick, &QToolButton::clicked, this, &CaseIntakeForm::pickRequested);
  connect(m_save, &QPushButton::clicked, this, &CaseIntakeForm::submitted);
  retranslate();
}

void CaseIntakeForm::setAddressIndex(std::shared_ptr<const AddressIndex> index)
{
  m_address->setIndex(std::move(index));
}

EventIntake CaseIntakeForm::intake() const
{
  EventIntake input;
  input.eventClass = m_class->currentText().trimmed();
  input.subclass = m_subclass->text().trimmed();
  input.description = m_description->text().trimmed();
  input.source = tr("Operations center");
  input.reporterName = m_reporterName->text().trimmed();
  input.reporterPhone = m_reporterPhone->text().trimmed();
  input.department = m_department->text().trimmed();
  input.address = m_addressText;
  const CoordinateInput where = CoordinateInput::parse(m_coordinate->text());
  if (where.kind == CoordinateInput::Kind::LonLat || where.kind == CoordinateInput::Kind::GaussKruger) {
    input.hasLocation = true;
    input.lon = where.lon;
    input.lat = where.lat;
  }
  return input;
}

void CaseIntakeForm::setLocation(double lon, double lat, const QString &address)
{
  m_addressText = address;
  m_coordinate->setText(u"%1, %2"_s.arg(lon, 0, 'f', 6).arg(lat, 0, 'f', 6));
  emit locationChanged(lon, lat);
}

void CaseIntakeForm::setGridPreview(const QString &text, bool problem)
{
  m_grid->setText(text);
  m_grid->setStyleSheet(problem ? u"color: #C62828;"_s : QString());
}

QString CaseIntakeForm::gridPreview() const
{
  return m_grid->text();
}

void CaseIntakeForm::clear()
{
  m_subclass->clear();
  m_description->clear();
  m_reporterName->clear();
  m_reporterPhone->clear();
  m_department->clear();
  m_address->clear();
  m_coordinate->clear();
  m_addressText.clear();
  m_grid->clear();
}

void CaseIntakeForm::onCoordinateEdited()
{
  // A typed coordinate replaces whatever address was chosen before.
  m_addressText.clear();
  const EventIntake input = intake();
  if (input.hasLocation) {
    emit locationChanged(input.lon, input.lat);
  } else {
    if (!m_coordinate->text().trimmed().isEmpty())
      setGridPreview(tr("Not a coordinate: type “lon, lat” in degrees, or pick the place on the map."), true);
    else
      m_grid->clear();
    emit locationCleared();
  }
}

void CaseIntakeForm::onAddressChosen(const GeocodeResult &result)
{
  if (std::isfinite(result.lon) && std::isfinite(result.lat))
    setLocation(result.lon, result.lat, result.fullAddress);
}

void CaseIntakeForm::changeEvent(QEvent *event)
{
  if (event->type() == QEvent::LanguageChange)
    retranslate();
  QWidget::changeEvent(event);
}

void CaseIntakeForm::retranslate()
{
  const QStringList labels{tr("Class"),    tr("Subclass"),       tr("Description"),
                           tr("Reporter"), tr("Reporter phone"), tr("Department"),
                           tr("Address"),  tr("Location"),       tr("Grid")};
  for (qsizetype i = 0; i < m_labels.size() && i < labels.size(); ++i)
    m_labels[i]->setText(labels[i]);
  m_department->setPlaceholderText(tr("Empty: the grid's own staff"));
  m_address->setPlaceholderText(tr("Search a standard address…"));
  m_coordinate->setPlaceholderText(tr("lon, lat (CGCS2000)"));
  m_pick->setText(tr("Pick on Map"));
  m_pick->setToolTip(tr("Click the place of the event on the map"));
  m_save->setText(tr("Record Case"));
}

} // namespace rc
