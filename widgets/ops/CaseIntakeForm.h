#pragma once

#include "ops/EventWorkflow.h"

#include <QWidget>

#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QToolButton;

namespace rc {

class AddressIndex;
class AddressSearchBox;
struct GeocodeResult;

/// The intake form of the case desk: what happened (class, subclass, description), who reported
/// it (name and phone, personal data) and where: a standard address found by the search box, a
/// coordinate typed in any form CoordinateInput reads, or a point picked on the map. Checks
/// nothing itself: the workflow decides what a draft lacks, so nothing typed is ever refused
/// here. GUI thread.
class CaseIntakeForm : public QWidget
{
  Q_OBJECT

public:
  explicit CaseIntakeForm(QWidget *parent = nullptr);

  void setAddressIndex(std::shared_ptr<const AddressIndex> index);
  /// What the form holds, as the workflow takes it.
  [[nodiscard]] EventIntake intake() const;
  /// Places the case at lon/lat (EPSG:4490), with the address text when known.
  void setLocation(double lon, double lat, const QString &address = {});
  /// The grid and community the location falls in, as the desk found them, or why none.
  void setGridPreview(const QString &text, bool problem);
  [[nodiscard]] QString gridPreview() const;
  void clear();

  [[nodiscard]] QComboBox *classBox() const { return m_class; }
  [[nodiscard]] QLineEdit *descriptionEdit() const { return m_description; }
  [[nodiscard]] QLineEdit *coordinateEdit() const { return m_coordinate; }
  [[nodiscard]] QLineEdit *reporterNameEdit() const { return m_reporterName; }
  [[nodiscard]] QLineEdit *reporterPhoneEdit() const { return m_reporterPhone; }
  [[nodiscard]] QPushButton *saveButton() const { return m_save; }

signals:
  /// The location changed to a readable point; the desk looks its grid up.
  void locationChanged(double lon, double lat);
  /// The location was cleared or cannot be read.
  void locationCleared();
  void pickRequested();
  void submitted();

protected:
  void changeEvent(QEvent *event) override;

private:
  void onCoordinateEdited();
  void onAddressChosen(const GeocodeResult &result);
  void retranslate();

  QComboBox *m_class;
  QLineEdit *m_subclass;
  QLineEdit *m_description;
  QLineEdit *m_reporterName;
  QLineEdit *m_reporterPhone;
  QLineEdit *m_department;
  AddressSearchBox *m_address;
  QLineEdit *m_coordinate;
  QToolButton *m_pick;
  QLabel *m_grid;
  QPushButton *m_save;
  QList<QLabel *> m_labels;
  QString m_addressText;
};

} // namespace rc
