#include "live/AlarmPanel.h"

#include "live/AlarmAcknowledgeDialog.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace rc {

/// Rows by rule, district, severity and whether cleared ones show.
class AlarmFilterModel : public QSortFilterProxyModel
{
public:
  using QSortFilterProxyModel::QSortFilterProxyModel;

  std::optional<AlarmRule> rule;
  QString district;
  std::optional<AlarmSeverity> severity;
  bool showCleared = true;

  void changed() { invalidateFilter(); }

protected:
  bool filterAcceptsRow(int row, const QModelIndex &parent) const override
  {
    const QModelIndex index = sourceModel()->index(row, 0, parent);
    if (rule && index.data(AlarmTableModel::RuleRole).toInt() != int(*rule))
      return false;
    if (severity && index.data(AlarmTableModel::SeverityRole).toInt() != int(*severity))
      return false;
    if (!district.isEmpty() && index.data(AlarmTableModel::DistrictRole).toString() != district)
      return false;
    return showCleared || index.data(AlarmTableModel::StateRole).toInt() != int(AlarmState::Cleared);
  }
};

namespace {

/// New alarms in a burst make one sound, not one each.
constexpr qint64 kSoundGapMs = 1500;

} // namespace

AlarmPanel::AlarmPanel(QWidget *parent)
    : QWidget(parent), m_model(new AlarmTableModel(this)), m_filter(new AlarmFilterModel(this)),
      m_view(new QTableView), m_typeLabel(new QLabel), m_districtLabel(new QLabel),
      m_severityLabel(new QLabel), m_countLabel(new QLabel), m_type(new QComboBox), m_district(new QComboBox),
      m_severity(new QComboBox), m_showCleared(new QCheckBox), m_mute(new QToolButton),
      m_acknowledge(new QToolButton), m_impact(new QToolButton)
{
  setObjectName(u"alarmPanel"_s);
  m_filter->setSourceModel(m_model);
  m_filter->setSortRole(AlarmTableModel::SortRole);
  m_filter->setDynamicSortFilter(true);
  m_view->setObjectName(u"alarmTable"_s);
  m_view->setModel(m_filter);
  m_view->setSortingEnabled(true);
  m_view->sortByColumn(AlarmTableModel::RaisedColumn, Qt::DescendingOrder);
  m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
  m_view->setSelectionMode(QAbstractItemView::SingleSelection);
  m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
  m_view->verticalHeader()->hide();
  m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 6);
  m_view->horizontalHeader()->setStretchLastSection(true);
  m_view->setWordWrap(false);

  m_type->setObjectName(u"alarmTypeFilter"_s);
  m_district->setObjectName(u"alarmDistrictFilter"_s);
  m_severity->setObjectName(u"alarmSeverityFilter"_s);
  m_type->addItem(QString(), QVariant());
  for (const AlarmRule rule : alarmRules())
    m_type->addItem(QString(), int(rule));
  m_district->addItem(QString(), QString());
  m_severity->addItem(QString(), QVariant());
  m_severity->addItem(QString(), int(AlarmSeverity::Warning));
  m_severity->addItem(QString(), int(AlarmSeverity::Critical));
  m_showCleared->setChecked(true);
  m_mute->setCheckable(true);
  m_mute->setObjectName(u"alarmMute"_s);
  m_acknowledge->setObjectName(u"alarmAcknowledge"_s);
  m_acknowledge->setEnabled(false);
  m_impact->setObjectName(u"alarmImpact"_s);
  m_impact->setEnabled(false);

  auto *filters = new QHBoxLayout;
  filters->addWidget(m_typeLabel);
  filters->addWidget(m_type, 2);
  filters->addWidget(m_districtLabel);
  filters->addWidget(m_district, 1);
  filters->addWidget(m_severityLabel);
  filters->addWidget(m_severity, 1);
  filters->addWidget(m_showCleared);
  filters->addStretch();
  filters->addWidget(m_countLabel);
  filters->addWidget(m_acknowledge);
  filters->addWidget(m_impact);
  filters->addWidget(m_mute);
  auto *layout = new QVBoxLayout(this);
  layout->setContentsMargins(2, 2, 2, 2);
  layout->addLayout(filters);
  layout->addWidget(m_view, 1);

  connect(m_type, &QComboBox::currentIndexChanged, this, [this] {
    const QVariant rule = m_type->currentData();
    setRuleFilter(rule.isValid() ? std::optional(AlarmRule(rule.toInt())) : std::nullopt);
  });
  connect(m_district, &QComboBox::currentIndexChanged, this,
          [this] { setDistrictFilter(m_district->currentData().toString()); });
  connect(m_severity, &QComboBox::currentIndexChanged, this, [this] {
    const QVariant severity = m_severity->currentData();
    setSeverityFilter(severity.isValid() ? std::optional(AlarmSeverity(severity.toInt())) : std::nullopt);
  });
  connect(m_showCleared, &QCheckBox::toggled, this, &AlarmPanel::setShowCleared);
  connect(m_acknowledge, &QToolButton::clicked, this, &AlarmPanel::acknowledgeSelected);
  connect(m_impact, &QToolButton::clicked, this, [this] {
    const int row = m_model->rowOf(currentAlarmId());
    if (row >= 0)
      emit impactRequested(m_model->index(row, 0).data(AlarmTableModel::SourceRole).toString());
  });
  connect(m_mute, &QToolButton::toggled, this, &AlarmPanel::retranslate);
  connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
    const int row = m_model->rowOf(currentAlarmId());
    m_acknowledge->setEnabled(row >= 0 && m_model->alarm(row).state == AlarmState::Raised);
    m_impact->setEnabled(row >= 0);
  });
  connect(m_view, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
    emit flyToRequested(index.data(AlarmTableModel::SourceRole).toString());
  });
  connect(m_model, &AlarmTableModel::alarmsUpdated, this, &AlarmPanel::onAlarmsUpdated);
  connect(m_model, &QAbstractItemModel::modelReset, this, &AlarmPanel::updateDistricts);
  retranslate();
}

bool AlarmPanel::isMuted() const
{
  return m_mute->isChecked();
}

void AlarmPanel::setMuted(bool muted)
{
  m_mute->setChecked(muted);
}

void AlarmPanel::setRuleFilter(std::optional<AlarmRule> rule)
{
  m_filter->rule = rule;
  m_filter->changed();
  m_type->setCurrentIndex(std::max(0, m_type->findData(rule ? QVariant(int(*rule)) : QVariant())));
  retranslate();
}

void AlarmPanel::setDistrictFilter(const QString &district)
{
  m_filter->district = district;
  m_filter->changed();
  m_district->setCurrentIndex(std::max(0, m_district->findData(district)));
  retranslate();
}

void AlarmPanel::setSeverityFilter(std::optional<AlarmSeverity> severity)
{
  m_filter->severity = severity;
  m_filter->changed();
  m_severity->setCurrentIndex(
      std::max(0, m_severity->findData(severity ? QVariant(int(*severity)) : QVariant())));
  retranslate();
}

void AlarmPanel::setShowCleared(bool show)
{
  m_filter->showCleared = show;
  m_filter->changed();
  m_showCleared->setChecked(show);
  retranslate();
}

int AlarmPanel::visibleCount() const
{
  return m_filter->rowCount();
}

void AlarmPanel::onAlarmsUpdated(const QList<Alarm> &raised)
{
  if (!raised.isEmpty() && !isMuted() && (!m_lastSound.isValid() || m_lastSound.elapsed() > kSoundGapMs)) {
    QApplication::beep();
    m_lastSound.start();
    ++m_sounds;
  }
  const int row = m_model->rowOf(currentAlarmId());
  m_acknowledge->setEnabled(row >= 0 && m_model->alarm(row).state == AlarmState::Raised);
  updateDistricts();
  retranslate();
}

void AlarmPanel::updateDistricts()
{
  QStringList districts;
  for (int row = 0; row < m_model->rowCount(); ++row)
    if (const QString d = m_model->site(m_model->alarm(row).source).district;
        !d.isEmpty() && !districts.contains(d))
      districts << d;
  if (districts.size() + 1 == m_district->count())
    return;
  districts.sort();
  const QString current = m_district->currentData().toString();
  const QSignalBlocker blocker(m_district);
  while (m_district->count() > 1)
    m_district->removeItem(1);
  for (const QString &d : std::as_const(districts))
    m_district->addItem(d, d);
  m_district->setCurrentIndex(std::max(0, m_district->findData(current)));
}

qint64 AlarmPanel::currentAlarmId() const
{
  const QModelIndex current = m_view->currentIndex();
  return current.isValid() ? current.data(AlarmTableModel::AlarmIdRole).toLongLong() : 0;
}

void AlarmPanel::acknowledgeSelected()
{
  if (const qint64 id = currentAlarmId())
    acknowledgeAlarm(id);
}

void AlarmPanel::acknowledgeAlarm(qint64 alarmId)
{
  const int row = m_model->rowOf(alarmId);
  if (row < 0 || m_model->alarm(row).state != AlarmState::Raised)
    return;
  const Alarm &alarm = m_model->alarm(row);
  auto *dialog = new AlarmAcknowledgeDialog(alarm, m_model->site(alarm.source).name, m_operator, this);
  dialog->setAttribute(Qt::WA_DeleteOnClose);
  connect(dialog, &QDialog::accepted, this,
          [this, dialog] { emit acknowledgeRequested(dialog->alarmId(), dialog->note()); });
  dialog->open();
}

void AlarmPanel::retranslate()
{
  m_typeLabel->setText(tr("Type:"));
  m_districtLabel->setText(tr("District:"));
  m_severityLabel->setText(tr("Severity:"));
  m_type->setItemText(0, tr("All"));
  for (int i = 0; i < int(alarmRules().size()); ++i)
    m_type->setItemText(i + 1, alarmRuleTitle(alarmRules()[std::size_t(i)]));
  m_district->setItemText(0, tr("All"));
  m_severity->setItemText(0, tr("All"));
  m_severity->setItemText(1, tr("Warning"));
  m_severity->setItemText(2, tr("Critical"));
  m_showCleared->setText(tr("Show cleared"));
  m_acknowledge->setText(tr("Acknowledge…"));
  m_impact->setText(tr("Impact…"));
  m_impact->setToolTip(
      tr("Addresses, grids, 5G sites and monitoring points within 2 km of the alarm's station"));
  m_mute->setText(isMuted() ? tr("Sound off") : tr("Sound on"));
  m_mute->setToolTip(tr("Beep when a new alarm is raised"));
  int unacknowledged = 0;
  for (int row = 0; row < m_model->rowCount(); ++row)
    unacknowledged += m_model->alarm(row).state == AlarmState::Raised;
  m_countLabel->setText(tr("%1 shown, %2 unacknowledged").arg(visibleCount()).arg(unacknowledged));
}

void AlarmPanel::changeEvent(QEvent *event)
{
  if (event->type() == QEvent::LanguageChange)
    retranslate();
  QWidget::changeEvent(event);
}

} // namespace rc
