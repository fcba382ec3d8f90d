#include "style/StyleDialog.h"

#include "style/ColorButton.h"

#include "map/VectorLayer.h"
#include "style/Classification.h"
#include "style/ColorRamp.h"
#include "style/Expression.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSet>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <array>

using namespace Qt::StringLiterals;

namespace rc {

namespace {

constexpr int kMaxCategories = 64;

// A qualitative palette for categories (ColorBrewer Set1 and Dark2, interleaved).
constexpr std::array<QRgb, 12> kCategoryColors{0xE41A1C, 0x377EB8, 0x4DAF4A, 0x984EA3, 0xFF7F00, 0xA65628,
                                               0xF781BF, 0x1B9E77, 0xD95F02, 0x7570B3, 0x66A61E, 0xE6AB02};

QColor classColor(const StyleClass &c)
{
  return c.symbols.marker.fill;
}

void setClassColor(StyleClass &c, const QColor &color)
{
  c.symbols.marker.fill = color;
  c.symbols.line.color = color;
  QColor fill = color;
  if (fill.alpha() == 255)
    fill.setAlpha(200);
  c.symbols.fill.fill = fill;
}

QDoubleSpinBox *makeSpin(double min, double max, double step, int decimals)
{
  auto *spin = new QDoubleSpinBox;
  spin->setRange(min, max);
  spin->setSingleStep(step);
  spin->setDecimals(decimals);
  return spin;
}

} // namespace

StyleDialog::StyleDialog(VectorLayer *layer, QWidget *parent)
    : QDialog(parent), m_layer(layer), m_original(layer->style()), m_base(layer->style()),
      m_kind(new QComboBox), m_pages(new QStackedWidget)
{
  setWindowTitle(tr("Style of “%1”").arg(layer->name()));
  connect(layer, &QObject::destroyed, this, &QDialog::close);
  const std::pair<RendererKind, QString> kinds[] = {
      {RendererKind::Single, tr("Single symbol")}, {RendererKind::Categorized, tr("Categorized")},
      {RendererKind::Graduated, tr("Graduated")},  {RendererKind::RuleBased, tr("Rule-based")},
      {RendererKind::Heatmap, tr("Heatmap")},      {RendererKind::Clusters, tr("Point clusters")},
      {RendererKind::HexBins, tr("Hexagon bins")}, {RendererKind::Sectors, tr("Antenna sectors")}};
  for (const auto &[kind, name] : kinds)
    m_kind->addItem(name, int(kind));

  m_pages->addWidget(createSymbolPage());
  m_pages->addWidget(createClassesPage());
  m_pages->addWidget(createDensityPage());
  m_pages->addWidget(createSectorPage());

  auto *scales = new QGroupBox(tr("Visible between scales"));
  auto *scaleForm = new QFormLayout(scales);
  m_minScale = makeSpin(0, 1e9, 10000, 0);
  m_maxScale = makeSpin(0, 1e9, 1000, 0);
  m_minScale->setSpecialValueText(tr("no limit"));
  m_maxScale->setSpecialValueText(tr("no limit"));
  m_minScale->setPrefix(u"1:"_s);
  m_maxScale->setPrefix(u"1:"_s);
  scaleForm->addRow(tr("Zoomed out up to"), m_minScale);
  scaleForm->addRow(tr("Zoomed in up to"), m_maxScale);

  auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
  connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
  connect(buttons, &QDialogButtonBox::rejected, this, &StyleDialog::reject);

  auto *top = new QFormLayout;
  top->addRow(tr("Renderer"), m_kind);
  auto *layout = new QVBoxLayout(this);
  layout->addLayout(top);
  layout->addWidget(m_pages, 1);
  layout->addWidget(createLabelsBox());
  layout->addWidget(scales);
  layout->addWidget(buttons);

  load(m_original);
  connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
    updatePage();
    preview();
  });
  const auto changed = [this] { preview(); };
  for (auto *spin : findChildren<QDoubleSpinBox *>())
    connect(spin, &QDoubleSpinBox::valueChanged, this, changed);
  for (auto *spin : findChildren<QSpinBox *>())
    connect(spin, &QSpinBox::valueChanged, this, changed);
  for (auto *combo : findChildren<QComboBox *>())
    if (combo != m_kind)
      connect(combo, &QComboBox::currentIndexChanged, this, changed);
  for (auto *button : findChildren<ColorButton *>())
    connect(button, &ColorButton::colorChanged, this, changed);
  connect(m_labelsOn, &QCheckBox::toggled, this, changed);
  connect(m_classes, &QTableWidget::itemChanged, this, changed);
  connect(&m_classifyWatcher, &QFutureWatcher<QList<StyleClass>>::finished, this, [this] {
    setClasses(m_classifyWatcher.result());
    m_classStatus->setText(tr("%n class(es)", nullptr, int(m_classifyWatcher.result().size())));
    preview();
  });
  resize(560, 680);
}

QWidget *StyleDialog::createSymbolPage()
{
  auto *page = new QWidget;
  auto *form = new QFormLayout(page);
  m_shape = new QComboBox;
  const std::pair<MarkerShape, QString> shapes[] = {{MarkerShape::Circle, tr("Circle")},
                                                    {MarkerShape::Square, tr("Square")},
                                                    {MarkerShape::Triangle, tr("Triangle")},
                                                    {MarkerShape::Diamond, tr("Diamond")}};
  for (const auto &[shape, name] : shapes)
    m_shape->addItem(name, int(shape));
  m_markerSize = makeSpin(0.5, 100, 0.5, 1);
  m_markerFill = new ColorButton;
  m_markerStroke = new ColorButton;
  m_lineColor = new ColorButton;
  m_lineWidth = makeSpin(0, 40, 0.2, 1);
  m_fillColor = new ColorButton;
  m_fillStroke = new ColorButton;
  form->addRow(tr("Marker shape"), m_shape);
  form->addRow(tr("Marker size (px)"), m_markerSize);
  form->addRow(tr("Marker fill"), m_markerFill);
  form->addRow(tr("Marker outline"), m_markerStroke);
  form->addRow(tr("Line colour"), m_lineColor);
  form->addRow(tr("Line width (px)"), m_lineWidth);
  form->addRow(tr("Area fill"), m_fillColor);
  form->addRow(tr("Area outline"), m_fillStroke);
  return page;
}

QWidget *StyleDialog::createClassesPage()
{
  auto *page = new QWidget;
  auto *layout = new QVBoxLayout(page);
  auto *form = new QFormLayout;
  m_field = new QComboBox;
  m_method = new QComboBox;
  m_method->addItem(tr("Equal interval"), int(ClassificationMethod::EqualInterval));
  m_method->addItem(tr("Quantile"), int(ClassificationMethod::Quantile));
  m_method->addItem(tr("Natural breaks (Jenks)"), int(ClassificationMethod::NaturalBreaks));
  m_classCount = new QSpinBox;
  m_classCount->setRange(2, 12);
  m_ramp = new QComboBox;
  m_ramp->addItems(ColorRamp::names());
  form->addRow(tr("Field"), m_field);
  form->addRow(tr("Method"), m_method);
  form->addRow(tr("Classes"), m_classCount);
  form->addRow(tr("Colour ramp"), m_ramp);
  auto *classify = new QPushButton(tr("Classify"));
  connect(classify, &QPushButton::clicked, this, &StyleDialog::classify);
  auto *add = new QPushButton(tr("Add"));
  connect(add, &QPushButton::clicked, this, [this] {
    StyleClass c;
    c.symbols = m_base.symbols();
    setClassColor(c, QColor(kCategoryColors[std::size_t(m_classes->rowCount()) % kCategoryColors.size()]));
    addClassRow(c);
    preview();
  });
  auto *remove = new QPushButton(tr("Remove"));
  connect(remove, &QPushButton::clicked, this, [this] {
    if (m_classes->currentRow() >= 0)
      m_classes->removeRow(m_classes->currentRow());
    preview();
  });
  auto *buttons = new QHBoxLayout;
  buttons->addWidget(classify);
  buttons->addWidget(add);
  buttons->addWidget(remove);
  buttons->addStretch();
  m_classes = new QTableWidget(0, 3);
  m_classes->setHorizontalHeaderLabels({tr("Symbol"), tr("Value / range / filter"), tr("Legend label")});
  m_classes->horizontalHeader()->setSectionResizeMode(ValueColumn, QHeaderView::Stretch);
  m_classes->verticalHeader()->hide();
  m_classStatus = new QLabel;
  m_classStatus->setWordWrap(true);
  layout->addLayout(form);
  layout->addLayout(buttons);
  layout->addWidget(m_classes, 1);
  layout->addWidget(m_classStatus);
  return page;
}

QWidget *StyleDialog::createDensityPage()
{
  auto *page = new QWidget;
  auto *form = new QFormLayout(page);
  m_radius = makeSpin(2, 200, 1, 0);
  m_weightField = new QComboBox;
  m_densityRamp = new QComboBox;
  m_densityRamp->addItems(ColorRamp::names());
  form->addRow(tr("Radius / cell size (px)"), m_radius);
  form->addRow(tr("Weight field"), m_weightField);
  form->addRow(tr("Colour ramp"), m_densityRamp);
  return page;
}

QWidget *StyleDialog::createSectorPage()
{
  auto *page = new QWidget;
  auto *form = new QFormLayout(page);
  m_azimuthField = new QComboBox;
  m_beamwidthField = new QComboBox;
  m_rangeField = new QComboBox;
  form->addRow(tr("Azimuth field (°)"), m_azimuthField);
  form->addRow(tr("Beam width field (°)"), m_beamwidthField);
  form->addRow(tr("Range field (m)"), m_rangeField);
  form->addRow(new QLabel(
      tr("Colours come from the rules on the Rule-based page; without rules, from the area fill.")));
  return page;
}

QWidget *StyleDialog::createLabelsBox()
{
  auto *box = new QGroupBox(tr("Labels"));
  auto *form = new QFormLayout(box);
  m_labelsOn = new QCheckBox(tr("Label features"));
  m_labelField = new QComboBox;
  m_labelSize = makeSpin(4, 72, 0.5, 1);
  m_labelColor = new ColorButton;
  m_labelPriority = new QSpinBox;
  m_labelPriority->setRange(0, 10);
  m_labelMaxScale = makeSpin(0, 1e9, 5000, 0);
  m_labelMaxScale->setPrefix(u"1:"_s);
  m_labelMaxScale->setSpecialValueText(tr("all scales"));
  form->addRow(m_labelsOn);
  form->addRow(tr("Field"), m_labelField);
  form->addRow(tr("Size (pt)"), m_labelSize);
  form->addRow(tr("Colour"), m_labelColor);
  form->addRow(tr("Priority"), m_labelPriority);
  form->addRow(tr("Shown up to scale"), m_labelMaxScale);
  return box;
}

QStringList StyleDialog::fieldNames(bool numericOnly) const
{
  QStringList names;
  if (const auto store = m_layer ? m_layer->features() : nullptr)
    for (const Field &field : store->fields())
      if (!numericOnly || field.type != FieldType::String)
        names << field.name;
  return names;
}

void StyleDialog::load(const VectorStyle &style)
{
  m_loading = true;
  const QStringList all = fieldNames(false), numeric = fieldNames(true);
  for (QComboBox *combo : {m_field, m_labelField, m_azimuthField, m_beamwidthField, m_rangeField}) {
    combo->clear();
    combo->addItems(combo == m_field || combo == m_labelField ? all : numeric);
  }
  m_weightField->clear();
  m_weightField->addItem(tr("(each feature counts 1)"), QString());
  for (const QString &name : numeric)
    m_weightField->addItem(name, name);

  m_kind->setCurrentIndex(m_kind->findData(int(style.kind)));
  m_shape->setCurrentIndex(m_shape->findData(int(style.marker.shape)));
  m_markerSize->setValue(style.marker.size);
  m_markerFill->setColor(style.marker.fill);
  m_markerStroke->setColor(style.marker.stroke);
  m_lineColor->setColor(style.line.color);
  m_lineWidth->setValue(style.line.width);
  m_fillColor->setColor(style.fill.fill);
  m_fillStroke->setColor(style.fill.stroke);
  m_field->setCurrentText(style.field);
  m_method->setCurrentIndex(m_method->findData(int(style.method)));
  m_classCount->setValue(std::clamp(int(style.classes.size()), 2, 12));
  m_ramp->setCurrentText(style.rampName);
  m_densityRamp->setCurrentText(style.rampName);
  m_radius->setValue(style.radius);
  m_weightField->setCurrentIndex(std::max(0, m_weightField->findData(style.weightField)));
  m_azimuthField->setCurrentText(style.azimuthField);
  m_beamwidthField->setCurrentText(style.beamwidthField);
  m_rangeField->setCurrentText(style.rangeField);
  m_labelsOn->setChecked(style.labels.enabled);
  m_labelField->setCurrentText(style.labels.field);
  m_labelSize->setValue(style.labels.size);
  m_labelColor->setColor(style.labels.color);
  m_labelPriority->setValue(style.labels.priority);
  m_labelMaxScale->setValue(style.labels.maxScale);
  m_minScale->setValue(style.minScale);
  m_maxScale->setValue(style.maxScale);
  setClasses(style.classes);
  updatePage();
  m_loading = false;
}

void StyleDialog::setClasses(const QList<StyleClass> &classes)
{
  const bool wasLoading = m_loading;
  m_loading = true;
  m_classes->setRowCount(0);
  for (const StyleClass &c : classes)
    addClassRow(c);
  m_loading = wasLoading;
}

void StyleDialog::addClassRow(const StyleClass &cls)
{
  const int row = m_classes->rowCount();
  m_classes->insertRow(row);
  auto *color = new ColorButton;
  color->setColor(classColor(cls));
  connect(color, &ColorButton::colorChanged, this, [this] { preview(); });
  m_classes->setCellWidget(row, SymbolColumn, color);
  // The row remembers its full class, so symbol members the table doesn't show survive editing.
  auto *value = new QTableWidgetItem;
  value->setData(Qt::UserRole, QVariant::fromValue(cls));
  QString text = cls.value;
  const auto kind = RendererKind(m_kind->currentData().toInt());
  if (kind == RendererKind::Graduated)
    text = QString::number(cls.lower, 'g', 10) + u" - "_s + QString::number(cls.upper, 'g', 10);
  else if (kind == RendererKind::RuleBased || kind == RendererKind::Sectors)
    text = cls.isElse ? u"ELSE"_s : cls.filter;
  value->setText(text);
  m_classes->setItem(row, ValueColumn, value);
  auto *label = new QTableWidgetItem(cls.label);
  label->setCheckState(cls.visible ? Qt::Checked : Qt::Unchecked);
  m_classes->setItem(row, LabelColumn, label);
}

void StyleDialog::updatePage()
{
  const auto kind = RendererKind(m_kind->currentData().toInt());
  switch (kind) {
  case RendererKind::Single:
    m_pages->setCurrentIndex(0);
    break;
  case RendererKind::Categorized:
  case RendererKind::Graduated:
  case RendererKind::RuleBased:
    m_pages->setCurrentIndex(1);
    break;
  case RendererKind::Heatmap:
  case RendererKind::Clusters:
  case RendererKind::HexBins:
    m_pages->setCurrentIndex(2);
    break;
  case RendererKind::Sectors:
    m_pages->setCurrentIndex(3);
    break;
  }
  const bool graduated = kind == RendererKind::Graduated;
  m_method->setEnabled(graduated);
  m_classCount->setEnabled(graduated);
  m_ramp->setEnabled(graduated);
  m_field->setEnabled(kind != RendererKind::RuleBased);
}

VectorStyle StyleDialog::currentStyle() const
{
  VectorStyle style = m_base;
  style.kind = RendererKind(m_kind->currentData().toInt());
  style.marker.shape = MarkerShape(m_shape->currentData().toInt());
  style.marker.size = m_markerSize->value();
  style.marker.fill = m_markerFill->color();
  style.marker.stroke = m_markerStroke->color();
  style.line.color = m_lineColor->color();
  style.line.width = m_lineWidth->value();
  style.fill.fill = m_fillColor->color();
  style.fill.stroke = m_fillStroke->color();
  style.field = m_field->currentText();
  style.method = ClassificationMethod(m_method->currentData().toInt());
  style.rampName =
      style.kind == RendererKind::Graduated ? m_ramp->currentText() : m_densityRamp->currentText();
  style.radius = m_radius->value();
  style.weightField = m_weightField->currentData().toString();
  style.azimuthField = m_azimuthField->currentText();
  style.beamwidthField = m_beamwidthField->currentText();
  style.rangeField = m_rangeField->currentText();
  style.labels.enabled = m_labelsOn->isChecked();
  style.labels.field = m_labelField->currentText();
  style.labels.size = m_labelSize->value();
  style.labels.color = m_labelColor->color();
  style.labels.priority = m_labelPriority->value();
  style.labels.maxScale = m_labelMaxScale->value();
  style.minScale = m_minScale->value();
  style.maxScale = m_maxScale->value();
  style.classes.clear();
  for (int row = 0; row < m_classes->rowCount(); ++row) {
    const QTableWidgetItem *value = m_classes->item(row, ValueColumn);
    const QTableWidgetItem *label = m_classes->item(row, LabelColumn);
    if (!value || !label)
      continue;
    StyleClass c = value->data(Qt::UserRole).value<StyleClass>();
    setClassColor(c, static_cast<ColorButton *>(m_classes->cellWidget(row, SymbolColumn))->color());
    c.label = label->text();
    c.visible = label->checkState() == Qt::Checked;
    const QString text = value->text().trimmed();
    if (style.kind == RendererKind::Graduated) {
      const QStringList bounds = text.split(u" - "_s);
      if (bounds.size() == 2) {
        c.lower = bounds[0].toDouble();
        c.upper = bounds[1].toDouble();
      }
    } else if (style.kind == RendererKind::RuleBased || style.kind == RendererKind::Sectors) {
      c.isElse = text.compare(u"ELSE"_s, Qt::CaseInsensitive) == 0;
      c.filter = c.isElse ? QString() : text;
    } else {
      c.value = text;
    }
    style.classes << c;
  }
  return style;
}

QString StyleDialog::ruleProblem() const
{
  const VectorStyle style = currentStyle();
  if (style.kind != RendererKind::RuleBased && style.kind != RendererKind::Sectors)
    return {};
  const auto store = m_layer ? m_layer->features() : nullptr;
  for (const StyleClass &c : style.classes) {
    if (c.isElse)
      continue;
    ExpressionError error;
    Expression expression = Expression::parse(c.filter, &error);
    if (expression.isValid() && store)
      (void)expression.prepare(store->fields(), &error);
    if (!error.message.isEmpty())
      return tr("Rule “%1”, at character %2: %3").arg(c.filter).arg(error.position + 1).arg(error.message);
  }
  return {};
}

void StyleDialog::preview()
{
  if (m_loading || !m_layer)
    return;
  const QString problem = ruleProblem();
  m_classStatus->setStyleSheet(problem.isEmpty() ? QString() : u"color: #C62828;"_s);
  if (!problem.isEmpty()) {
    // A rule that does not parse is shown, not applied.
    m_classStatus->setText(problem);
    return;
  }
  m_classStatus->clear();
  m_layer->setStyle(currentStyle());
}

void StyleDialog::reject()
{
  if (m_layer)
    m_layer->setStyle(m_original);
  QDialog::reject();
}

void StyleDialog::classify()
{
  const auto store = m_layer ? m_layer->features() : nullptr;
  const int field = store ? store->fieldIndex(m_field->currentText()) : -1;
  if (field < 0 || m_classifyWatcher.isRunning())
    return;
  const VectorStyle style = currentStyle();
  m_classStatus->setText(tr("Classifying…"));
  m_classifyWatcher.setFuture(QtConcurrent::run([store, field, style, count = m_classCount->value()] {
    QList<StyleClass> classes;
    if (style.kind == RendererKind::Graduated) {
      std::vector<double> values;
      values.reserve(store->featureCount());
      for (std::size_t f = 0; f < store->featureCount(); ++f)
        values.push_back(store->real(f, field));
      return graduatedClasses(classBreaks(std::move(values), count, style.method), style.rampName,
                              style.symbols());
    }
    QSet<QString> seen;
    QStringList values;
    for (std::size_t f = 0; f < store->featureCount() && values.size() < kMaxCategories; ++f) {
      const QString value = store->text(f, field);
      if (!seen.contains(value)) {
        seen.insert(value);
        values << value;
      }
    }
    values.sort();
    for (qsizetype i = 0; i < values.size(); ++i) {
      StyleClass c;
      c.value = values[i];
      c.label = values[i].isEmpty() ? QCoreApplication::translate("rc::StyleDialog", "(empty)") : values[i];
      c.symbols = style.symbols();
      setClassColor(c, QColor(kCategoryColors[std::size_t(i) % kCategoryColors.size()]));
      classes << c;
    }
    return classes;
  }));
}

} // namespace rc
