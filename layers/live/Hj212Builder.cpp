#include "live/Hj212Builder.h"

#include "live/Hj212Crc.h"

using namespace Qt::StringLiterals;

namespace rc {

namespace {

QString cpText(const QList<QList<Hj212Item>> &groups)
{
  QStringList groupTexts;
  groupTexts.reserve(groups.size());
  for (const auto &group : groups) {
    QStringList items;
    items.reserve(group.size());
    for (const Hj212Item &item : group)
      items.append(item.key + u'=' + item.value);
    groupTexts.append(items.join(u','));
  }
  return groupTexts.join(u';');
}

Hj212Frame replyTo(const Hj212Frame &request, int cn)
{
  Hj212Frame reply;
  reply.qn = request.qn;
  reply.st = hj212::st::kSystemInteraction;
  reply.cn = cn;
  reply.pw = request.pw;
  reply.mn = request.mn;
  reply.flag = hj212::kVersion2017 << 2;
  return reply;
}

} // namespace

QByteArray Hj212Builder::dataSegment(const Hj212Frame &frame)
{
  QString text;
  if (!frame.qn.isEmpty())
    text += u"QN="_s + frame.qn + u';';
  text += u"ST="_s + QString::number(frame.st).rightJustified(2, u'0') + u";CN="_s +
          QString::number(frame.cn).rightJustified(4, u'0') + u";PW="_s + frame.pw + u";MN="_s + frame.mn +
          u';';
  if (frame.flag)
    text += u"Flag="_s + QString::number(*frame.flag) + u';';
  if (frame.isSplit())
    text += u"PNUM="_s + QString::number(frame.packetCount) + u";PNO="_s +
            QString::number(frame.packetNumber) + u';';
  text += u"CP=&&"_s + cpText(frame.cp) + u"&&"_s;
  return text.toLatin1();
}

QByteArray Hj212Builder::wrap(QByteArrayView dataSegment)
{
  QByteArray bytes;
  bytes.reserve(dataSegment.size() + 12);
  bytes += "##";
  bytes += QByteArray::number(dataSegment.size()).rightJustified(4, '0');
  bytes += dataSegment;
  bytes += QByteArray::number(hj212Crc(dataSegment), 16).toUpper().rightJustified(4, '0');
  bytes += "\r\n";
  return bytes;
}

QList<Hj212Frame> Hj212Builder::split(const Hj212Frame &frame, int maxSegment)
{
  if (dataSegment(frame).size() <= maxSegment)
    return {frame};

  QList<QList<Hj212Item>> shared;
  QList<QList<Hj212Item>> groups = frame.cp;
  if (!groups.isEmpty() && groups.first().size() == 1 && groups.first().first().key == u"DataTime")
    shared.append(groups.takeFirst());

  // Pack with a placeholder PNUM/PNO as wide as any real one, so no packet outgrows the limit.
  Hj212Frame probe = frame;
  probe.flag = frame.flag.value_or(hj212::kVersion2017 << 2) | 2;
  probe.packetCount = 9999;
  probe.packetNumber = 9999;
  QList<Hj212Frame> packets;
  Hj212Frame packet = probe;
  packet.cp = shared;
  for (const auto &group : std::as_const(groups)) {
    Hj212Frame grown = packet;
    grown.cp.append(group);
    if (dataSegment(grown).size() <= maxSegment) {
      packet = std::move(grown);
      continue;
    }
    if (packet.cp.size() == shared.size())
      return {};
    packets.append(packet);
    packet = probe;
    packet.cp = shared;
    packet.cp.append(group);
    if (dataSegment(packet).size() > maxSegment)
      return {};
  }
  packets.append(packet);
  for (qsizetype i = 0; i < packets.size(); ++i) {
    packets[i].packetCount = int(packets.size());
    packets[i].packetNumber = int(i + 1);
  }
  return packets;
}

Hj212Frame Hj212Builder::requestReply(const Hj212Frame &request, hj212::QnRtn qnRtn)
{
  Hj212Frame reply = replyTo(request, hj212::cn::kRequestReply);
  reply.cp.append({{u"QnRtn"_s, QString::number(int(qnRtn))}});
  return reply;
}

Hj212Frame Hj212Builder::dataReply(const Hj212Frame &request)
{
  return replyTo(request, hj212::cn::kDataReply);
}

} // namespace rc
