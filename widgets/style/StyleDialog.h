#pragma once

#include "style/Symbol.h"

#include <QDialog>
#include <QFutureWatcher>
#include <QPointer>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QStackedWidget;
class QTableWidget;

namespace rc {

class ColorButton;
class VectorLayer;

/// Edits a vector layer's style with live preview: every change is applied to the layer at once
/// (the canvas redraws that layer alone); Cancel puts the original style back. Renderer kinds:
/// single symbol, categorized, graduated, rule-based, heatmap, clusters, hexagon bins, sectors; plus
/// labels and scale-dependent visibility. Classifying big layers runs on a worker.
class StyleDialog : public QDialog
{
  Q_OBJECT

public:
  explicit StyleDialog(VectorLayer *layer, QWidget *parent = nullptr);

  /// The style as the dialog's widgets describe it now.
  [[nodiscard]] VectorStyle currentStyle() const;
  /// The last problem found in a rule's expression, with its position; empty when all parse.
  [[nodiscard]] QString ruleProblem() const;

public slots:
  void reject() override;
  /// Fills the class table from the layer's data (unique values or class breaks) on a worker.
  void classify();

private:
  enum ClassColumn { SymbolColumn, ValueColumn, LabelColumn };

  QWidget *createSymbolPage();
  QWidget *createClassesPage();
  QWidget *createDensityPage();
  QWidget *createSectorPage();
  QWidget *createLabelsBox();
  void load(const VectorStyle &style);
  void setClasses(const QList<StyleClass> &classes);
  void addClassRow(const StyleClass &cls);
  void updatePage();
  void preview();
  [[nodiscard]] QStringList fieldNames(bool numericOnly) const;

  QPointer<VectorLayer> m_layer; ///< the dialog closes when the layer goes away
  VectorStyle m_original;
  VectorStyle m_base; ///< what the widgets don't show (class symbols' other members) comes from here
  bool m_loading = false;

  QComboBox *m_kind;
  QStackedWidget *m_pages;
  // Single symbol
  QComboBox *m_shape;
  QDoubleSpinBox *m_markerSize;
  ColorButton *m_markerFill;
  ColorButton *m_markerStroke;
  ColorButton *m_lineColor;
  QDoubleSpinBox *m_lineWidth;
  ColorButton *m_fillColor;
  ColorButton *m_fillStroke;
  // Classified
  QComboBox *m_field;
  QComboBox *m_method;
  QSpinBox *m_classCount;
  QComboBox *m_ramp;
  QTableWidget *m_classes;
  QLabel *m_classStatus;
  QFutureWatcher<QList<StyleClass>> m_classifyWatcher;
  // Density and sectors
  QDoubleSpinBox *m_radius;
  QComboBox *m_weightField;
  QComboBox *m_densityRamp;
  QComboBox *m_azimuthField;
  QComboBox *m_beamwidthField;
  QComboBox *m_rangeField;
  // Labels and visibility
  QCheckBox *m_labelsOn;
  QComboBox *m_labelField;
  QDoubleSpinBox *m_labelSize;
  ColorButton *m_labelColor;
  QSpinBox *m_labelPriority;
  QDoubleSpinBox *m_labelMaxScale;
  QDoubleSpinBox *m_minScale;
  QDoubleSpinBox *m_maxScale;
};

} // namespace rc
