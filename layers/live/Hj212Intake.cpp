#include "live/Hj212Intake.h"

#include "live/Hj212Builder.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace rc {

namespace {

/// The upload commands (2011 real-time, 2021 status, 2031 daily, 2051 minute, 2061 hourly, ...)
/// are answered with a 9014 data reply; other commands with a 9011 request reply.
bool isUpload(int cn)
{
  return cn >= 2000 && cn < 3000;
}

/// The start of a rejected frame for the log, its PW (the point's password) blanked out first; a
/// PW cut short at the end of the slice is blanked too.
QString excerpt(QByteArrayView bytes)
{
  static const QRegularExpression password(u"(^|[;&])PW=[^;&]*"_s);
  QString text = QString::fromLatin1(bytes.first(std::min<qsizetype>(bytes.size(), 200)));
  text.replace(password, u"\\1PW=***"_s);
  return text.first(std::min<qsizetype>(text.size(), 80)).trimmed();
}

} // namespace

Hj212Intake::Hj212Intake(std::shared_ptr<const StationCatalog> catalog, FeedCounter &counter)
    : m_catalog(catalog), m_counter(counter), m_parser(m_catalog.get()), m_validator(std::move(catalog))
{}

void Hj212Intake::reject(Hj212Rejection rejection, QByteArrayView bytes)
{
  m_counter.received();
  m_counter.rejected(feedRejection(rejection),
                     tr("%1 in “%2”").arg(hj212RejectionName(rejection), excerpt(bytes)));
}

void Hj212Intake::dropStaleUploads(const QDateTime &before)
{
  const int dropped = m_assembler.dropStale(before);
  for (int i = 0; i < dropped; ++i)
    m_counter.rejected(FeedRejection::IncompleteUpload, tr("a split upload stopped before its last packet"));
}

Hj212Intake::Outcome Hj212Intake::accept(QByteArrayView bytes, const QDateTime &now)
{
  m_counter.received();
  Outcome outcome;
  const Hj212ParseResult result = m_parser.parse(bytes);
  if (result.segmentRead && result.frame.acknowledgementRequested()) {
    if (!result.ok())
      outcome.reply =
          Hj212Builder::build(Hj212Builder::requestReply(result.frame, hj212QnRtn(result.rejection)));
    else if (isUpload(result.frame.cn))
      outcome.reply = Hj212Builder::build(Hj212Builder::dataReply(result.frame));
    else
      outcome.reply = Hj212Builder::build(Hj212Builder::requestReply(result.frame, hj212::QnRtn::Ready));
  }
  if (!result.ok()) {
    m_counter.rejected(feedRejection(result.rejection), result.reason + u" — "_s + excerpt(bytes));
    return outcome;
  }
  outcome.accepted = true;
  const int droppedBefore = m_assembler.droppedCount();
  const std::optional<Hj212Frame> whole = m_assembler.add(result.frame, now);
  if (m_assembler.droppedCount() > droppedBefore)
    m_counter.rejected(FeedRejection::IncompleteUpload,
                       tr("split upload of MN %1 started over").arg(result.frame.mn));
  if (whole && hj212::isDataUpload(whole->cn))
    decode(*whole, now, outcome.readings);
  m_counter.accepted(qint64(outcome.readings.size()), now);
  return outcome;
}

void Hj212Intake::decode(const Hj212Frame &frame, const QDateTime &now,
                         std::vector<PollutantReading> &readings)
{
  const QDateTime tm = frame.dataTime();
  if (!tm.isValid()) {
    m_counter.rejected(FeedRejection::BadField, tr("upload of MN %1 has no valid DataTime").arg(frame.mn));
    return;
  }
  for (const Hj212PollutantValues &values : frame.pollutants()) {
    if (values.malformed) {
      m_counter.rejected(FeedRejection::NotANumber,
                         tr("%1 of MN %2 has a value that is not a number or an unknown flag")
                             .arg(values.originalCode, frame.mn));
      continue;
    }
    PollutantReading r{frame.mn,   values.code, frame.cn,   tm,         values.rtd,
                       values.min, values.avg,  values.max, values.cou, values.flag};
    if (!r.rtd && !r.avg && !r.min && !r.max && !r.cou)
      continue; // a flag-only or informational item carries no value to store
    if (const auto fault = m_validator.check(r, now)) {
      m_counter.rejected(fault->reason, fault->detail);
      continue;
    }
    readings.push_back(std::move(r));
  }
}

} // namespace rc
