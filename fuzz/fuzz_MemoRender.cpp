// libFuzzer target: the memo renderer (MemoRenderer::pdf) on user text from arbitrary bytes. The
// input is split at 0xff bytes into the title, the first signer, the background, the proposal,
// questions and the organisation's name; every part is decoded as UTF-8 (invalid sequences and
// control characters included). A crash, a sanitizer report, or a PDF whose XMP packet is not
// well-formed XML (PDF/A) is a finding.

#include "MemoRenderer.h"

#include <QGuiApplication>
#include <QXmlStreamReader>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace Aloite;

namespace {

void ensureApplication()
{
    static int argc = 3;
    static char name[] = "fuzz_MemoRender";
    static char platform[] = "-platform";
    static char offscreen[] = "offscreen";
    static char* argv[] = {name, platform, offscreen, nullptr};
    // Never destroyed: at exit, Qt's own globals may go first (libFuzzer exits from its driver).
    static auto* app = new QGuiApplication(argc, argv);
    Q_UNUSED(app);
}

bool xmpIsWellFormed(const QByteArray& pdf)
{
    const qsizetype begin = pdf.indexOf("<x:xmpmeta");
    const qsizetype end = pdf.indexOf("</x:xmpmeta>", begin);
    if (begin < 0 || end < 0)
        return true; // a compressed stream; nothing to look at
    QXmlStreamReader xml(pdf.mid(begin, end - begin + qsizetype(sizeof("</x:xmpmeta>") - 1)));
    while (!xml.atEnd())
        xml.readNext();
    if (xml.hasError())
        std::fprintf(stderr, "XMP error: %s\n", qPrintable(xml.errorString()));
    return !xml.hasError();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    ensureApplication();
    if (size > 20000)
        return 0; // long texts only cost time: the layout is the same
    const QList<QByteArray> parts =
        QByteArray::fromRawData(reinterpret_cast<const char*>(data), qsizetype(size)).split('\xff');
    const auto part = [&parts](int n) { return QString::fromUtf8(parts.value(n)); };

    Initiative initiative;
    initiative.caseNumber = CaseNumber::parse(QStringLiteral("1234/00.01.01/2025"));
    initiative.title = {part(0), part(6)};
    initiative.bilingual = !parts.value(6).isEmpty();
    initiative.firstSigner = part(1);
    initiative.background = {part(2), {}};
    initiative.proposal = {part(3), {}};
    for (int n = 4; n < 6; ++n) {
        if (!parts.value(n).isEmpty())
            initiative.questions.append(Question {LocalizedText {part(n), {}}, {}});
    }
    initiative.submittedDate = QDate(2025, 5, 19);
    OrganisationSettings organisation = OrganisationSettings::defaults();
    if (!parts.value(7).isEmpty())
        organisation.name.fi = part(7);
    MemoOptions options;
    options.language = (size % 2) ? Language::Swedish : Language::Finnish;
    MemoRenderer renderer(initiative, organisation, options);
    auto pdf = renderer.pdf();
    if (pdf && !xmpIsWellFormed(*pdf))
        std::abort();
    return 0;
}
