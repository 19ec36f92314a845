"""Quotes on real news text (IndoSum corpus, founding article)."""
from __future__ import annotations

from extract_support import by_id, extract_text, quotes

from kg.extract.quotes import quote_spans


def test_quote_with_speech_tag_after_and_title_before_the_name():
    x = extract_text('"Dia diperiksa sebagai saksi untuk tersangka WIU (Wilhelmus Iwan Ulumbu)," '
                     "kata Juru Bicara KPK Febri Diansyah saat dikonfirmasi, Selasa (20/2).")
    assert quotes(x) == [("Febri Diansyah",
                          "Dia diperiksa sebagai saksi untuk tersangka WIU (Wilhelmus Iwan Ulumbu)",
                          True)]
    q = x.quotes[0]
    assert x.article.text[q.start:q.end] == q.text and q.verb == "kata"


def test_curly_quotes_and_spaced_punctuation():
    x = extract_text("“Awalnya pelaku hanya menggerayangi anak pertamanya itu tapi berlanjut ke "
                     "perkosaan,” kata Kasat Reskrim Polres Jakarta Selatan AKBP Eko Hadi Santoso, "
                     "Minggu (18/9).")
    assert [q[0] for q in quotes(x)] == ["Eko Hadi Santoso"]
    assert quotes(x)[0][1].endswith("ke perkosaan")


def test_short_name_and_title_only_speakers_link_to_the_full_mention():
    text = ("Kapolres Purwakarta AKBP Hanny Hidayat mengatakan petugas segera menolong ibu itu.\n\n"
            '"Kemudian saat dilihat, ternyata ada seorang ibu yang hendak melahirkan," ujar '
            "Hanny.\n\n"
            '"Anggota kami langsung membawanya ke rumah sakit terdekat," kata Kapolres.')
    x = extract_text(text)
    speakers = [q[0] for q in quotes(x)]
    assert speakers == ["Hanny Hidayat", "Hanny Hidayat", "Hanny Hidayat"]
    assert [q.direct for q in x.quotes] == [False, True, True]


def test_pronoun_speaker_is_the_previous_speaker_with_lower_confidence():
    text = ('"Tidak hanya tarif tapi apa saja harus diatur," ucap Zulkifli Hasan di Gedung DPR, '
            "Senin (27/3).\n\n"
            '"Kan bisa saling melengkapi, negara lain bisa masa kita enggak bisa," ujarnya.')
    x = extract_text(text)
    assert [q[0] for q in quotes(x)] == ["Zulkifli Hasan", "Zulkifli Hasan"]
    assert x.quotes[1].provenance.confidence < x.quotes[0].provenance.confidence


def test_multi_paragraph_quote_takes_the_speaker_of_its_closing_paragraph():
    text = ('"Sejak kecil, saya menghabiskan banyak waktu untuk memikirkan kebahagiaan itu.\n\n'
            '"Saya juga berpikir bahwa kita masih harus berusaha menjadi lebih bahagia," kata '
            "Min Yoon-gi.")
    x = extract_text(text)
    assert len(x.quotes) == 2
    assert len({q.speaker for q in x.quotes}) == 1
    assert x.quotes[0].text.startswith("Sejak kecil") and "\n" not in x.quotes[0].text


def test_reported_speech_and_menurut():
    text = ("Menteri Keuangan Sri Mulyani Indrawati mengatakan pemerintah akan terus memantau "
            "sentimen dari luar negeri.\n\n"
            "Menurut Sri Mulyani, pertumbuhan ekonomi global masih akan membaik tahun ini.")
    x = extract_text(text)
    assert quotes(x) == [
        ("Sri Mulyani Indrawati", "pemerintah akan terus memantau sentimen dari luar negeri.",
         False),
        ("Sri Mulyani Indrawati", "pertumbuhan ekonomi global masih akan membaik tahun ini.",
         False)]
    assert [q.verb for q in x.quotes] == ["mengatakan", "menurut"]


def test_quoted_names_and_reports_of_agencies_are_not_quotes():
    x = extract_text("Mereka sudah bisa mengaktifkan tampilan baru ini dengan mengklik tombol "
                     "“Use new Calendar” di ujung kanan atas.\n\n"
                     "Menurut laporan BMKG, di daerah-daerah tersebut guncangan dirasakan oleh "
                     "banyak orang.\n\nMenurut BMKG, gempa itu tidak berpotensi tsunami.")
    assert x.quotes == ()
    assert [m for m in x.mentions if m.kind == "person"] == []


def test_unclosed_quote_in_a_caption_line_is_ignored():
    spans = quote_spans('Pelatihan keterampilan ini sebagai bekal usaha,"\n'
                        '"Pelatihan ini sebagai bekal," kata Bima.')
    assert len(spans) == 1


def test_founding_article_quotes(founding_article):
    from extract_support import analyzed

    from kg.extract.article import extract_article

    x = extract_article(analyzed(founding_article))
    ids = by_id(x)
    direct = [(ids[q.speaker].name, q.text) for q in x.quotes if q.direct]
    assert direct == [
        ("Bima Ekawardhana", "Pelatihan keterampilan ini sebagai bekal dan dapat dijadikan peluang "
                             "usaha ekonomi produktif dalam menunjang kehidupan dan memperbaiki "
                             "kualitas hidup"),
        ("Bima Ekawardhana", "Sambutan peserta sangat antusias. Mudah-mudahan ini dapat menjadi "
                             "bekal bagi mereka untuk membuka usaha")]
    for q in x.quotes:
        assert x.article.text[q.start:q.end] == q.text


def test_adverb_between_speaker_and_verb_and_no_title_after_the_verb():
    x = extract_text("Gubernur Jawa Barat Ahmad Heryawan akan bermuhasabah di Masjid Pusdai.\n\n"
                     "Tak hanya itu, Kepala Bagian Publikasi Biro Humas Setda Provinsi Jabar Ade "
                     "Sukalsah juga menuturkan, kegiatan lain Gubernur Aher pada malam pergantian "
                     "tahun baru.")
    speakers = {s for s, _, _ in quotes(x)}
    assert "Aher" not in speakers and "Ahmad Heryawan" not in speakers
    x = extract_text("Bupati Kotim Supian Hadi juga menegaskan, pelatihan itu akan dilanjutkan "
                     "tahun depan.")
    assert [s for s, _, _ in quotes(x)] == ["Supian Hadi"]


def test_speaker_accompanied_by_a_subordinate():
    x = extract_text("Kedua tersangka ditangkap petugas, kata Kapolres Ogan Komering Ulu (OKU) AKBP "
                     "Leo Andi Gunawan di Baturaja, Selasa.\n\nKapolres di dampingi Kasat Reskrim AKP "
                     "Harmianto menjelaskan, kedua tersangka tak berkutik dihadapan petugas.")
    assert [s for s, _, _ in quotes(x)] == ["Leo Andi Gunawan", "Leo Andi Gunawan"]


def test_reported_speech_with_the_tag_after_the_clause():
    x = extract_text("Jakarta (ANTARA News) - Kedua tersangka ditangkap petugas pada Senin malam, "
                     "kata Kapolres Lhokseumawe AKBP Hendri Budiman di Lhokseumawe, Selasa.")
    assert quotes(x) == [("Hendri Budiman", "Kedua tersangka ditangkap petugas pada Senin malam",
                          False)]
    x = extract_text("Harga cabai naik, kata pedagang di pasar itu.")
    assert quotes(x) == []


def test_relative_of_the_named_person_is_not_the_speaker():
    x = extract_text("Putera sulung mantan Gubernur DKI Jakarta Ali Sadikin menegaskan jika dirinya "
                     "dipercaya menjadi bagian dari tim pemenangan.")
    assert "Ali Sadikin" not in {s for s, _, _ in quotes(x)}
    from kg.extract.quotes import _KIN_RE

    assert not _KIN_RE.search("Menteri Pemberdayaan Perempuan dan Perlindungan Anak Yohana ")
    assert _KIN_RE.search("Sementara itu, istri mendiang Bupati ")


def test_bare_title_after_the_verb_prefers_the_name_that_follows():
    x = extract_text("Wakil Bupati Kotim Taufiq Mukri membuka acara itu.\n\n"
                     '"Kami siap membantu para peserta," kata Wakil Ketua DPRD Kotim, Jhon Krisli, '
                     "di Sampit.")
    assert [s for s, _, _ in quotes(x)] == ["Jhon Krisli"]
