"""Agencies, officials, titles and relations on real sentences from the IndoSum corpus and the
founding article (kg/samples)."""
from __future__ import annotations

from extract_support import by_id, extract_text, relations

from kg.extract.agencies import find_agencies
from kg.extract.lexicon import load
from kg.nlp.tokenize import split_sentences


def agencies(text: str) -> list[tuple[str, str | None]]:
    return [(a.name, a.region) for s in split_sentences(text) for a in find_agencies(s)]


def orgs(x) -> list[str]:
    return [m.name for m in x.mentions if m.kind == "organization"]


def people(x) -> dict[str, object]:
    return {m.name: m for m in x.mentions if m.kind == "person"}


# ------------------------------------------------------------------ agencies


def test_long_agency_name_with_commas_and_dan_and_region():
    text = ("kata Kepala Dinas Sosial, Tenaga Kerja dan Transmigrasi Kotim, Bima Ekawardhana "
            "di Sampit, Kamis.")
    assert agencies(text) == [("Dinas Sosial, Tenaga Kerja dan Transmigrasi Kotim", "Kotim")]


def test_coordinated_agencies_are_split_at_dan():
    text = ("Dinsosnakertrans menggandeng instansi lainnya dalam acara tersebut, yakni Kementerian "
            "Agama dan Polres Kotim.")
    assert agencies(text) == [("Dinsosnakertrans", None), ("Kementerian Agama", None),
                              ("Polres Kotim", "Kotim")]


def test_acronyms_with_a_qualifier():
    text = ("mendaftarkannya ke BPJS Ketenagakerjaan dan BPJS Kesehatan sehingga hak-hak mereka "
            "bisa terjamin.")
    assert agencies(text) == [("BPJS Ketenagakerjaan", None), ("BPJS Kesehatan", None)]


def test_unit_before_its_parent_is_a_separate_agency():
    text = "Pria yang juga menjabat sebagai Wakil Ketua Komisi III DPR RI itu menilai"
    assert agencies(text) == [("Komisi III", None), ("DPR RI", "RI")]
    found = [a for s in split_sentences(text) for a in find_agencies(s)]
    assert found[0].unit and not found[1].unit


def test_regional_government_and_region_with_compass_word():
    text = ("Pemerintah Kabupaten Kotawaringin Timur bekerja sama dengan Polres Jakarta Utara dan "
            "Pemprov DKI Jakarta.")
    assert agencies(text) == [
        ("Pemerintah Kabupaten Kotawaringin Timur", "Kabupaten Kotawaringin Timur"),
        ("Polres Jakarta Utara", "Jakarta Utara"), ("Pemprov DKI Jakarta", "DKI Jakarta")]


def test_words_that_only_look_like_agency_acronyms():
    text = ("Diskusi itu membahas distribusi beras. Kemenangan tim itu disambut meriah, kata "
            "Dinamika Kelompok.")
    assert agencies(text) == []


def test_lexicons_are_compiled_into_the_package():
    lex = load()
    assert lex.titles["Kapolres"].org == "Polres"
    assert lex.titles["Mensos"].org == "Kementerian Sosial"
    assert lex.ranks["AKBP"].position == "pre" and lex.ranks["S.Sos"].position == "post"
    assert lex.agencies["BPJS Kesehatan"].expansion.startswith("Badan Penyelenggara")
    assert lex.regions["Kotim"] == "62.02"


# ------------------------------------------------------------------ titles and relations


def test_kapolres_with_rank_heads_the_implied_polres():
    x = extract_text("Kapolres Lhokseumawe AKBP Hendri Budiman melalui Kapolsek Simpang Kramat "
                     "Ipda Abdul Azis, Sabtu (10/2) malam mengatakan kedua pemuda diduga mencuri "
                     "sekarung jengkol.")
    p = people(x)
    assert p["Hendri Budiman"].ranks == ("AKBP",)
    assert p["Hendri Budiman"].text == "AKBP Hendri Budiman"
    assert ("heads", "Hendri Budiman", "Polres Lhokseumawe", "Kapolres", False, False) \
        in relations(x)
    implied = [m for m in x.mentions if m.provenance.extractor == "implied-by-title"]
    assert {m.name for m in implied} >= {"Polres Lhokseumawe"}
    assert ("located_in", "Polres Lhokseumawe", "Lhokseumawe", None, False, False) in relations(x)


def test_post_in_a_unit_names_the_parent_organization():
    x = extract_text('"Mereka boleh menerima tip dari pengunjung," ucap Kasat Reskrim Polres '
                     'Jakarta Utara, AKBP Nasriadi kepada kumparan.')
    assert relations(x, "holds_post") == [
        ("holds_post", "Nasriadi", "Polres Jakarta Utara", "Kasat Reskrim", False, False)]
    assert relations(x, "heads") == []


def test_head_of_a_bureau_inside_an_agency_is_a_post():
    x = extract_text('"Yang kemarin itu juga menggunakan narkoba," kata Kepala Bidang Hubungan '
                     'Masyarakat Polda Metro Jaya Komisaris Besar Raden Prabowo Argo Yuwono, '
                     'Minggu (18/2).')
    rel = relations(x, "holds_post")
    assert rel == [("holds_post", "Raden Prabowo Argo Yuwono", "Polda Metro Jaya",
                    "Kepala Bidang Hubungan Masyarakat", False, False)]
    assert people(x)["Raden Prabowo Argo Yuwono"].ranks == ("Komisaris Besar",)
    assert ("unit_of", "Bidang Hubungan Masyarakat", "Polda Metro Jaya", None, False, False) \
        in relations(x)


def test_acting_title_with_comma_before_name():
    x = extract_text('"Jadi ini, kalau yang menonjol ada Nazaruddin ini remisi lima bulan," kata '
                     "Plt Direktur Jenderal Pemasyarakatan Kemenkumham, Ma'mun, di Gedung "
                     "Kemenkumham Jakarta, Kamis (17/8).")
    assert ("holds_post", "Ma'mun", "Kemenkumham", "Direktur Jenderal Pemasyarakatan", True,
            False) in relations(x)


def test_former_and_deputy_titles():
    x = extract_text("Nama lain yang diperiksa adalah mantan Anggota Komisi VIII DPR Zulkarnaen "
                     "Djabar. Wakil Gubernur Jawa Barat, Deddy Mizwar, hadir dalam acara itu.")
    rel = relations(x)
    assert ("holds_post", "Zulkarnaen Djabar", "DPR", "Anggota Komisi VIII", False, True) in rel
    assert ("holds_post", "Deddy Mizwar", "Pemprov Jawa Barat", "Wakil Gubernur", False,
            False) in rel
    assert not [r for r in rel if r[0] == "heads"]


def test_minister_heads_the_ministry_of_the_portfolio():
    x = extract_text("Menteri Perdagangan Enggartiasto Lukita mengatakan harga beras stabil. "
                     "Menteri Sosial, Khofifah Parawansa, meninjau lokasi banjir.")
    rel = relations(x, "heads")
    assert ("heads", "Enggartiasto Lukita", "Kementerian Perdagangan", "Menteri", False,
            False) in rel
    assert ("heads", "Khofifah Parawansa", "Kementerian Sosial", "Menteri", False, False) in rel


def test_appositive_title_after_the_name():
    x = extract_text("Syafruddin Arsyad Temenggung, selaku Kepala Badan Penyehatan Perbankan "
                     "Nasional (BPPN) pada April 2004 silam, menerbitkan surat itu.")
    assert ("heads", "Syafruddin Arsyad Temenggung", "Badan Penyehatan Perbankan Nasional",
            "Kepala", False, False) in relations(x)


def test_comma_after_a_name_is_not_always_an_appositive():
    x = extract_text("Menurut Taufiequrachman Ruki, Sekretaris Jenderal KPK dapat diisi Perwira "
                     "Tinggi TNI apabila jabatan itu kosong.")
    assert relations(x, "holds_post") == [] and relations(x, "heads") == []


def test_honorifics_and_degrees_are_split_from_the_name():
    x = extract_text("Bupati Kotim H. Supian Hadi, S.IK., M.Si membuka acara itu di Sampit.")
    p = people(x)["Supian Hadi"]
    assert set(p.ranks) >= {"H.", "S.IK.", "M.Si"}
    assert p.titles == ("Bupati Kotim",)
    assert ("heads", "Supian Hadi", "Pemkab Kotim", "Bupati", False, False) in relations(x)


def test_no_official_without_a_title():
    x = extract_text("Ribuan warga memadati alun-alun kota untuk menyaksikan pesta kembang api "
                     "pada malam pergantian tahun.")
    assert relations(x, "heads") == [] and relations(x, "holds_post") == []
    assert [m for m in x.mentions if m.kind == "person"] == []


def test_region_place_mentions_are_exact_spans():
    x = extract_text("Dinsosnakertrans menggandeng Kementerian Agama dan Polres Kotim.")
    ids = by_id(x)
    for r in x.relations:
        if r.kind == "located_in":
            place = ids[r.object]
            assert place.kind == "place"
            assert x.article.text[place.provenance.start:place.provenance.end] == place.text
    assert "Polres Kotim" in orgs(x)


# ------------------------------------------------------------------ general news patterns


def test_ordinal_after_the_title():
    x = extract_text("Wakil Presiden keenam Try Sutrisno dan Wakil Presiden ke-11 Boediono juga "
                     "ikut hadir.")
    got = {(r[1], r[2]) for r in relations(x, "holds_post")}
    assert ("Try Sutrisno", "Pemerintah Republik Indonesia") in got
    assert ("Boediono", "Pemerintah Republik Indonesia") in got


def test_documents_and_candidates_hold_no_office():
    x = extract_text("Pada Desember 2002, Megawati menandatangani Instruksi Presiden Nomor 8 Tahun "
                     "2002 tentang Pemberian Jaminan Kepastian Hukum.")
    assert relations(x, "heads") == []
    x = extract_text("Bakal calon Gubernur Jawa Tengah Sudirman Said belum punya rencana "
                     "menjadikan Anies sebagai juru kampanye.")
    assert relations(x, "heads") == []
    x = extract_text("Dedi menyatakan memahami keputusan DPP Partai Golkar, yang mengusung bakal "
                     "calon gubernur dan wakil gubernur Jawa Barat Ridwan Kamil - Daniel Muttaqien.")
    assert relations(x, "heads") == [] and relations(x, "holds_post") == []


def test_name_in_brackets_or_after_yang_bernama():
    x = extract_text('"Tanya saja ke Ketua Umum PSSI (Edy Rahmayadi). Mungkin beliau masih sibuk."')
    assert ("heads", "Edy Rahmayadi", "PSSI", "Ketua Umum", False, False) in relations(x)
    x = extract_text("Tim penyidik KPK juga masih terus melakukan pencarian terhadap Direktur PT "
                     "Osma Grup yang bernama Hartoyo.")
    assert ("heads", "Hartoyo", "PT Osma Grup", "Direktur", False, False) in relations(x)


def test_acronym_in_brackets_is_not_a_name():
    x = extract_text("Penyidik memeriksa Kepala Dinas Pekerjaan Umum dan Perumahan Rakyat (PUPR) "
                     "di Jambi.")
    assert "PUPR" not in people(x)


def test_district_of_a_polsek_before_the_rank():
    x = extract_text("Menurut Kapolsek Antang Kalang, Iptu Afif Hasan, pembunuhan tersebut terjadi "
                     "pada Rabu sekitar pukul 14.00 WIB.")
    assert ("heads", "Afif Hasan", "Polsek Antang Kalang", "Kapolsek", False, False) in relations(x)
    x = extract_text("Kapolsek Antang Kalang mengatakan pelaku sudah ditahan.")
    assert relations(x, "heads") == []


def test_region_of_the_office_named_earlier_in_the_article():
    x = extract_text("Nur Alam sendiri dilantik menjadi Gubernur Sulawesi Tenggara pada Februari "
                     "2013, bersama dengan Wakil Gubernur Saleh Lasata.")
    assert ("holds_post", "Saleh Lasata", "Pemprov Sulawesi Tenggara", "Wakil Gubernur", False,
            False) in relations(x)


def test_no_region_inherited_when_the_article_names_two():
    x = extract_text("Gubernur Jawa Barat Ahmad Heryawan bertemu Gubernur Jawa Tengah Ganjar "
                     "Pranowo di Semarang.\n\nWakil Gubernur Deddy Mizwar juga hadir dalam acara itu.")
    assert not [r for r in relations(x) if r[1] == "Deddy Mizwar"]


def test_nickname_in_brackets_is_the_same_person():
    from kg.resolve.resolver import resolve_article

    x = extract_text("Gubernur Jawa Barat Ahmad Heryawan (Aher) berencana mengisi malam pergantian "
                     "tahun dengan bermuhasabah.\n\nSelain itu, Gubernur Aher juga akan menghadiri "
                     "pagelaran wayang golek.")
    ra = resolve_article(x)
    ids = by_id(x)
    keys = {k for m, k in ra.mention_keys if ids[m].kind == "person"}
    assert keys == {"person/ahmad-heryawan"}


def test_province_between_region_and_name():
    x = extract_text("KPK menahan Bupati Hulu Sungai Tengah, Kalimantan Selatan, Abdul Latif, usai "
                     "ditetapkan tersangka.")
    assert ("heads", "Abdul Latif", "Pemkab Hulu Sungai Tengah", "Bupati", False, False) \
        in relations(x)
    assert "Kalimantan Selatan" not in people(x)


def test_appositive_title_ending_with_saat_ini():
    x = extract_text("Oleh PDIP, Gus Ipul dipasangkan dengan Azwar Anas, Bupati Banyuwangi saat ini.")
    assert ("heads", "Azwar Anas", "Pemkab Banyuwangi", "Bupati", False, False) in relations(x)
    x = extract_text("Azwar Anas, Bupati Banyuwangi saat ini tengah menyiapkan festival.")
    assert relations(x, "heads") == []


def test_lowercase_title_in_a_list_is_not_a_name():
    x = extract_text("Nah, saya minta kepada Bapak Gubernur, Wali kota, Camat, dan Lurah untuk lebih "
                     "digiatkan kembali.")
    assert relations(x, "heads") == [] and "Wali" not in people(x)


def test_ketum_abbreviation():
    x = extract_text("Ia berkata, sudah mendapat restu dari Ketum PKS Sohibul Iman.")
    assert ("heads", "Sohibul Iman", "PKS", "Ketum", False, False) in relations(x)


def test_generic_acronym_is_named_by_the_next_word():
    x = extract_text("Hal itu dikatakan Kepala Bagian Humas dan Umum Ditjen Imigrasi, Agung "
                     "Sampurno, di Jakarta.")
    assert "Ditjen Imigrasi" in orgs(x)
    x = extract_text("Surat itu dikirim ke Ditjen di Jakarta pekan lalu.")
    assert orgs(x) == ["Ditjen"]


def test_nickname_called_and_one_word_short_name_at_the_edge():
    from kg.resolve.resolver import resolve_article

    x = extract_text("Ketua DPR RI Bambang Soesatyo hadir bersama Susilo Bambang Yudhoyono.\n\n"
                     "Menurut Bambang, demokrasi transaksional mulai tidak terkendali.\n\n"
                     "Pada acara tersebut, Bamsoet, panggilan Bambang Soesatyo juga mendapat "
                     "penghargaan.")
    ra = resolve_article(x)
    ids = by_id(x)
    keys = {ids[m].name: k for m, k in ra.mention_keys if ids[m].kind == "person"}
    assert keys.get("Bambang", "person/bambang-soesatyo") == "person/bambang-soesatyo"
    assert keys.get("Bamsoet", "person/bambang-soesatyo") == "person/bambang-soesatyo"
    assert keys.get("Susilo Bambang Yudhoyono") != "person/bambang-soesatyo"


def test_party_branch_is_one_scoped_organisation():
    from kg.extract.agencies import find_agencies
    from kg.nlp.tokenize import split_sentences

    def agencies(text):
        return [(a.text, a.region) for a in find_agencies(split_sentences(text)[0], [])]

    # real corpus sentences (poskotanews 2017-04-12, kumparan 2017-10-31)
    assert agencies("Salah satunya, menetapkan dukungan terhadap Ketua DPD Golkar Jabar Dedi Mulyadi "
                    "sebagai Calon Gubernur Jawa Barat.")[0] == ("DPD Golkar Jabar", "Jabar")
    assert agencies("Ketua DPD Partai Golkar Cianjur, Tb Mulyana Syahrudin, mengatakan sebagai kader "
                    "partai, dia akan mematuhi keputusan.")[0] == ("DPD Partai Golkar Cianjur", "Cianjur")
    # the national senate stays itself
    assert agencies("Ketua DPD RI Oesman Sapta Odang menghadiri sidang.")[0] == ("DPD RI", "RI")


# ------------------------------------------------------------------ posts round 5 (gold_dev5)


def test_faction_without_its_parliament_is_a_post_in_the_dpr_the_article_names():
    x = extract_text("KPK kembali memeriksa Ketua DPR Setya Novanto. Pria yang akrab disapa "
                     "Novanto itu, saat proyek e-KTP ini bergulir duduk sebagai Ketua Fraksi "
                     "Golkar.")
    rel = relations(x)
    assert ("holds_post", "Novanto", "DPR", "Ketua Fraksi Golkar", False, False) in rel
    assert not [r for r in rel if r[2] == "Fraksi Golkar"]


def test_lowercase_faction_member():
    x = extract_text("Penyidik KPK memeriksa sejumlah anggota DPR. Jaksa meminta majelis hakim "
                     "mengesampingkan pencabutan Berita Acara Pemeriksaan (BAP) anggota fraksi "
                     "Hanura, Miryam S Haryani dalam sidang kasus e-KTP.")
    assert ("holds_post", "Miryam S Haryani", "DPR", "anggota Fraksi Hanura", False, False) \
        in relations(x)


def test_demonstrative_title_after_the_subject_is_not_the_subjects():
    x = extract_text("Febri belum mau berandai-andai apakah penyidik KPK akan langsung menahan "
                     "mantan Ketua Fraksi Golkar itu jika besok memenuhi panggilan selaku "
                     "tersangka.")
    assert not [r for r in relations(x) if r[1] == "Febri" and r[0] in ("heads", "holds_post")]


def test_bureau_of_a_province_is_a_post_in_the_provincial_government():
    x = extract_text("Namun, perencanaan teknis soal nikah massal itu masih akan dirumuskan oleh "
                     "Kepala Biro Tata Pemerintahan (Tapem) DKI Premi Lasari, termasuk mekanisme "
                     "dan persyaratannya.")
    assert relations(x, "holds_post") == [
        ("holds_post", "Premi Lasari", "Pemprov DKI", "Kepala Biro Tata Pemerintahan", False,
         False)]
    assert relations(x, "heads") == []


def test_lowercase_pimpinan_before_a_list_of_names():
    x = extract_text("Pembagian uang ini disebut mengalir ke mantan pimpinan Komisi II DPR yakni "
                     "Chaeruman Harahap, Ganjar Pranowo, Teguh Juwarno, dan Taufik Effendi "
                     "masing-masing sebesar US$ 3.000.")
    rel = relations(x, "holds_post")
    for name in ("Chaeruman Harahap", "Ganjar Pranowo", "Teguh Juwarno", "Taufik Effendi"):
        assert ("holds_post", name, "DPR", "pimpinan Komisi II", False, True) in rel
    x = extract_text("Kabinet Kerja di bawah pimpinan Presiden Joko Widodo terus bekerja.")
    assert relations(x, "holds_post") == []


def test_victim_between_the_post_and_the_name():
    x = extract_text("Anggota Polri korban bom Thamrin lainnya, Denny Mahieu berpelukan di akhir "
                     "sidang dengan Aman.")
    assert ("holds_post", "Denny Mahieu", "Polri", "Anggota", False, False) in relations(x)


def test_earlier_post_of_the_man_named_before_defined_by_its_acronym():
    x = extract_text("Kepala Balai Taman Nasional Tambora Budi Kurniawan memprediksi jumlah "
                     "pendaki meningkat. Pria yang pernah menjabat Kepala Bagian Tata Usaha Balai "
                     "Konservasi Sumber Daya Alam (BKSDA) NTB ini mengatakan fasilitas perlu "
                     "diperkuat.")
    assert ("holds_post", "Budi Kurniawan", "Balai Konservasi Sumber Daya Alam",
            "Kepala Bagian Tata Usaha", False, False) in relations(x)


def test_seat_number_after_a_post_title():
    x = extract_text("Di antaranya, Wakil Ketua Umum Parfi 56 Ray Sahetapy, Bendahara Umum Raffi "
                     "Ahmad, Wakil Bendahara Luna Maya, dan Wakil Bendahara umum 2 Rachel Maryam.")
    assert ("holds_post", "Rachel Maryam", "Parfi 56", "Wakil Bendahara umum 2", False, False) \
        in relations(x)


def test_ministry_short_form_after_pada():
    x = extract_text("Politisi asal Nusa Tenggara Timur itu diduga menerima suap bersama-sama "
                     "dengan mantan Direktur Jenderal Pembinaan Pembangunan Kawasan Transmigrasi "
                     "pada Kemenakertrans Jamaluddien Malik sebesar Rp9,75 miliar.")
    assert ("holds_post", "Jamaluddien Malik", "Kemenakertrans",
            "Direktur Jenderal Pembinaan Pembangunan Kawasan Transmigrasi", False, True) \
        in relations(x)


def test_pronoun_after_a_lowercase_conjunction():
    x = extract_text("Kemudian, Rudolf Paulus Yesayas, nama yang tak asing bagi PSSI karena dia "
                     "merupakan deputi sekjen PSSI bidang hubungan luar negeri periode 2011 - 2013.")
    assert [r[:3] for r in relations(x, "holds_post")] == [
        ("holds_post", "Rudolf Paulus Yesayas", "PSSI")]


def test_lowercase_field_between_title_and_organisation():
    x = extract_text("Wakil Sekretaris bidang pemenangan pemilu DPD I Partai Golkar Provinsi "
                     "Gorontalo, Ghalieb Lahidjun menjelaskan hal itu.")
    rel = relations(x, "holds_post")
    assert [r[1] for r in rel] == ["Ghalieb Lahidjun"]
    assert rel[0][3].startswith("Wakil Sekretaris bidang pemenangan pemilu")


def test_two_word_acronym_in_brackets_after_the_organisation():
    x = extract_text("Anggota Satuan Polisi Pamong Praja (Satpol PP) Makassar Zainal bersama "
                     "anggota jaga pengamanan Natal dari Polsek Bontoala membawa bayi itu ke "
                     "rumah sakit.")
    assert [r[:3] for r in relations(x, "holds_post")] == [
        ("holds_post", "Zainal", "Satuan Polisi Pamong Praja")]


def test_unit_name_with_dan_up_to_its_organisation():
    x = extract_text("Direktur Jenderal Pendidikan Dasar dan Menengah Kemdikbud, Hamid Muhammad "
                     "mengatakan, kebijakan itu diterapkan bertahap.")
    assert relations(x, "holds_post") == [
        ("holds_post", "Hamid Muhammad", "Kemdikbud",
         "Direktur Jenderal Pendidikan Dasar dan Menengah", False, False)]


def test_constituency_after_the_parliament():
    x = extract_text("Sementara itu, Anggota DPD RI dari Papua, Charles Simare Mare mengucapkan "
                     "terima kasih atas keberhasilan Presiden Jokowi.")
    assert ("holds_post", "Charles Simare Mare", "DPD RI", "Anggota", False, False) \
        in relations(x)


def test_two_offices_joined_by_sekaligus():
    x = extract_text("Zainudin menyatakan hal tersebut untuk menyikapi pernyataan anggota Komisi I "
                     "DPR sekaligus Ketua Fraksi Partai Nasional Demokrat, Viktor Buntinglu "
                     "Laiskodat yang menuding PKS.")
    assert ("holds_post", "Viktor Buntinglu Laiskodat", "DPR", "anggota Komisi I", False,
            False) in relations(x)


def test_numbered_commission_without_its_parliament_and_a_faction():
    x = extract_text("Nama-nama anggota Komisi III itu menurut Novel adalah Ketua Komisi III dari "
                     "fraksi Golkar Bambang Soesatyo, Wakil Ketua Komisi III dari fraksi Gerindra "
                     "Desmond Junaidi Mahesa.")
    rel = relations(x)
    assert ("holds_post", "Bambang Soesatyo", "DPR", "Ketua Komisi III", False, False) in rel
    assert ("holds_post", "Desmond Junaidi Mahesa", "DPR", "Wakil Ketua Komisi III", False,
            False) in rel
    assert relations(x, "heads") == []


def test_navy_star_rank_written_out_and_sub_bureau_of_a_directorate():
    x = extract_text("Suap itu juga diberikan kepada pejabat Bakamla lainnya, yakni Direktur Data "
                     "dan Informasi Bakamla Laksamana Pertama Bambang Udoyo dan Kabiro Perencanaan "
                     "dan Organisasi Bakamla Nofel Hasan masing-masing 1 persen.")
    rel = relations(x, "holds_post")
    assert ("holds_post", "Bambang Udoyo", "Bakamla", "Direktur Data dan Informasi", False,
            False) in rel
    assert people(x)["Bambang Udoyo"].ranks == ("Laksamana Pertama",)
    x = extract_text("Kepala Subbagian Pemberitaan Dirjen Pemasyarakatan (Dirjen PAS) Kementerian "
                     "Hukum dan HAM Ade Kusmanto sebelumnya menyatakan hal itu.")
    assert [r[:3] for r in relations(x)] == [
        ("holds_post", "Ade Kusmanto", "Kementerian Hukum dan HAM")]


def test_long_unit_name_read_on_up_to_its_organisation():
    x = extract_text("Ia mengatakan hal itu, ujar Direktur Jenderal Penguatan Daya Saing Produk "
                     "Kelautan dan Perikanan KKP Nilanto Perbowo dikutip Antara, Sabtu.")
    assert relations(x, "holds_post") == [
        ("holds_post", "Nilanto Perbowo", "KKP",
         "Direktur Jenderal Penguatan Daya Saing Produk Kelautan dan Perikanan", False, False)]


def test_pimpinan_of_a_collegial_body_only_and_org_names_that_go_on():
    x = extract_text("Mereka adalah mantan pimpinan KPK Bibit Samad Riyanto dan mantan Ketua MK "
                     "Mahfud MD.")
    assert ("holds_post", "Bibit Samad Riyanto", "KPK", "pimpinan", False, True) in relations(x)
    x = extract_text("Polisi memeriksa saksi menyusul pemeriksaan terhadap pimpinan FPI Rizieq "
                     "Shihab di Jawa Barat.")
    assert relations(x, "holds_post") == []
    x = extract_text("Boca sudah lama menunggu. Wakil presiden Boca Juniors Horacio Paolini "
                     "menyatakan, kesepakatan belum tercapai.")
    assert not [r for r in relations(x) if r[1].startswith("Juniors")]


def test_post_on_a_partys_central_board_written_out_is_in_the_party():
    x = extract_text("Jakarta, CNN Indonesia -- Ketua Departemen Hukum dan HAM Dewan Pimpinan "
                     "Pusat Partai Keadilan Sejahtera, Zainudin Paru menegaskan hal itu.")
    assert [r[:3] for r in relations(x, "holds_post")] == [
        ("holds_post", "Zainudin Paru", "Partai Keadilan Sejahtera")]


def test_retired_officer_written_with_purn_in_brackets():
    x = extract_text("Sejumlah pejabat baru yang dilantik Jokowi adalah mantan Panglima TNI Jenderal "
                     "(Purn) Moeldoko yang ditunjuk menjadi Kepala Kantor Staf Presiden (KSP), dan "
                     "Agum Gumelar.")
    assert [r[:3] for r in relations(x, "heads")] == [
        ("heads", "Moeldoko", "TNI"), ("heads", "Moeldoko", "Kantor Staf Presiden")]


def test_copula_after_a_name_ner_left_out():
    x = extract_text("Miryam adalah mantan anggota DPR Fraksi Hanura yang telah menjadi tersangka "
                     "dalam kasus dugaan pemberian keterangan palsu.")
    assert relations(x, "holds_post") == [("holds_post", "Miryam", "DPR", "anggota", False, True)]
    x = extract_text("Prof. Yusram adalah Ketua Dewan Guru Besar (DGB) IPB yang kiprahnya tak "
                     "diragukan.")
    assert [r[:3] for r in relations(x, "holds_post")] == [("holds_post", "Yusram", "IPB")]
    x = extract_text("Terpilih menjadi Sekjen PSSI, Ratu Tisha diharuskan untuk memilih.")
    assert not [r for r in relations(x) if r[1] == "Terpilih"]


def test_field_after_a_title_is_part_of_the_title():
    x = extract_text("Saifudin merupakan Asisten Daerah Bidang III Provinsi Jambi yang diduga sebagai "
                     "pihak pemberi dalam kasus tersebut.")
    assert relations(x, "holds_post") == [
        ("holds_post", "Saifudin", "Pemprov Jambi", "Asisten Daerah Bidang III", False, False)]
    x = extract_text("Prof. Yonny saat ini menjabat sebagai Wakil Rektor Bidang Akademik dan "
                     "Kemahasiswaan.")
    assert relations(x, "holds_post") == []


def test_coordinator_of_a_division_in_an_ngo_and_lowercase_head_titles():
    x = extract_text("Sebab, Koordinator Divisi Korupsi Politik ICW Donal Fariz menemukan indikasi "
                     "kejanggalan isi Laporan Harta Kekayaan Penyelenggara Negara Novanto.")
    assert relations(x, "holds_post") == [
        ("holds_post", "Donal Fariz", "ICW", "Koordinator Divisi Korupsi Politik", False, False)]
    x = extract_text("Andre Koreh yang merupakan ketua harian KONI NTT, menyatakan bahwa ini sudah jadi "
                     "kebiasaan dari gubernur NTT Frans Lebu Raya untuk mengapresiasi setiap atlet.")
    assert ("heads", "Frans Lebu Raya", "Pemprov NTT") in [r[:3] for r in relations(x)]
    # the words before a bracketed acronym are the organisation's, not a name
    x = extract_text("Rimanews - Koordinator Divisi Hukum dan Monitoring Peradilan Indonesia Corruption "
                     "Watch (ICW) Emerson Yuntho menyarankan KPK perlu membentuk unit keamanan khusus.")
    assert not [r for r in relations(x) if r[1] == "Corruption Watch"]


def test_deputy_without_organisation_takes_the_one_of_the_office_named_before():
    x = extract_text("Ketua DPR, Setya Novanto, hari ini menghadiri sidang kasus megakorupsi e-KTP di "
                     "Pengadilan Tipikor. Padahal, DPR ada agenda paripurna yang salah satu agendanya "
                     "membacakan hasil uji kelayakan. Sidang akhirnya digantikan dipimpin Wakil Ketua "
                     "Taufik Kurniawan.")
    assert ("holds_post", "Taufik Kurniawan", "DPR", "Wakil Ketua", False, False) in relations(x)
    # not another country's vice president after Indonesia's president
    x = extract_text("Presiden Joko Widodo mengucapkan selamat. Ketua partai ANC yang baru, Wakil "
                     "Presiden Cyril Ramaphosa, memerintahkan Zuma mundur dari jabatan presiden, "
                     "Selasa (13/2).")
    assert not [r for r in relations(x) if r[1] == "Cyril Ramaphosa"]


def test_ministry_name_stops_before_a_first_name_and_coordinated_officials():
    x = extract_text("Elza menyatakan tetap pada kesaksiannya, saat sebelum sidang perdana kasus e-KTP "
                     "dengan terdakwa dua eks pejabat Kementerian Dalam Negeri Irman dan Sugiharto "
                     "dimulai.")
    assert relations(x, "holds_post") == [
        ("holds_post", "Irman", "Kementerian Dalam Negeri", "pejabat", False, True),
        ("holds_post", "Sugiharto", "Kementerian Dalam Negeri", "pejabat", False, True)]
    x = extract_text("Jakarta, CNN Indonesia -- Direktur Jenderal Perhubungan Laut Kementerian "
                     "Perhubungan Antonius Tonny Budiono mengaku menerima suap.")
    assert [r[:3] for r in relations(x, "holds_post")] == [
        ("holds_post", "Antonius Tonny Budiono", "Kementerian Perhubungan")]
    # a list of offices, not a name
    x = extract_text("Rapat itu diikuti oleh 184 peserta yang meliputi pemimpin TNI, pejabat Markas "
                     "Besar TNI, pejabat TNI Angkatan Udara, Peninjau (Pati yang menduduki jabatan di "
                     "luar struktur TNI) dan 57 Pati Polri.")
    assert relations(x, "holds_post") == []


def test_unit_title_then_organisation_after_di_and_pronoun_after_saat_ini():
    x = extract_text("Terpilih menjadi Sekjen PSSI, Ratu Tisha diharuskan untuk memilih. Pasalnya, saat "
                     "ini ia juga menjabat sebagai Direktur Kompetisi di PT Liga Indonesia Baru (LIB).")
    assert ("holds_post", "Ratu Tisha", "PT Liga Indonesia Baru", "Direktur Kompetisi", False,
            False) in relations(x)


def test_copula_after_yang_kala_itu():
    x = extract_text("Hermansyah mencontohkan, Fredrich pernah menyatakan bahwa Setya Novanto yang kala "
                     "itu menjabat Ketua DPR tidak bisa diperiksa KPK.")
    assert [r[:3] for r in relations(x, "heads")] == [("heads", "Setya Novanto", "DPR")]


def test_title_with_a_demonstrative_after_a_speech_verb_is_the_speaker_named_before():
    x = extract_text('"Jadi tegas tolak. Momentum sekarang enggak tepat," kata Zulkifli saat ditemui di '
                     'area Car Free Day Buah Batu Bandung, Minggu (20/8). Dia menambahkan, saat ini '
                     'bukanlah waktu yang tepat. "Nanti lagi saja. Kita tidak setuju," terang Ketua MPR '
                     'RI tersebut.')
    assert [r[:3] for r in relations(x, "heads")] == [("heads", "Zulkifli", "MPR RI")]
    x = extract_text('SBY menyoroti penegakan hukum. "Jalannya tidak selalu mudah," kata mantan Presiden '
                     'RI itu.')
    assert ("heads", "SBY", "Pemerintah RI", "Presiden", False, True) in relations(x)


def test_lowercase_head_title_before_a_place_ner_named():
    x = extract_text("Kalau jadi gubernur DKI nanti, stlah jadi gbernur lanjut presiden RI, Istana Ngara "
                     "lebih layak untk kluarga AHY, tulisnya.")
    assert relations(x, "heads") == []


def test_standing_word_capitalized_between_title_and_organisation():
    x = extract_text("Telah ditetapkan Dr Arif Satria sebagai Rektor Terpilih IPB yang akan memimpin IPB "
                     "lima tahun ke depan.")
    assert relations(x) == [("heads", "Arif Satria", "IPB", "Rektor", False, False)]


# ------------------------------------------------------------------ posts7: gaps mined corpus-wide


def _pairs(x):
    """(kind, person, organisation, title) of the heads and posts."""
    return [r[:4] for r in relations(x) if r[0] in ("heads", "holds_post")]


def _held(x):
    return [r[:3] for r in relations(x) if r[0] in ("heads", "holds_post")]


def test_company_titles_ceo_coo_and_komisaris_before_pt():
    x = extract_text("Saat ini Tania menghubungkan konsumen,” ujar CEO Ivosights Elga Yulwardian.")
    assert _pairs(x) == [("heads", "Elga Yulwardian", "Ivosights", "CEO")]
    x = extract_text("Hal senada kemudian diungkapkan COO PT LIB, Tigor Shalomboboy.")
    assert _pairs(x) == [("holds_post", "Tigor Shalomboboy", "PT LIB", "COO")]
    x = extract_text('"Kami bersyukur," ucap Komisaris PT Persib Bandung Bermartabat, Kuswara S. '
                     'Taryono, Kamis (4/1).')
    assert _pairs(x) == [("holds_post", "Kuswara S. Taryono", "PT Persib Bandung Bermartabat",
                          "Komisaris")]


def test_komisaris_before_a_name_stays_a_police_rank():
    x = extract_text("Kepala Bidang Humas Polda Jawa Barat Komisaris Besar Yusri Yunus menyebut massa "
                     "FPI itu berjumlah sekitar 150 orang.")
    assert _pairs(x) == [("holds_post", "Yusri Yunus", "Polda Jawa Barat", "Kepala Bidang Humas")]


def test_tbk_after_a_company_is_no_name():
    x = extract_text("Sementara itu, Direktur Utama PT Jasa Marga, Tbk, Desi Arryani mengatakan salah "
                     "satu ruas yang kemungkinan akan diterapkan.")
    assert _pairs(x) == [("heads", "Desi Arryani", "PT Jasa Marga", "Direktur Utama")]


def test_party_after_a_bracketed_acronym_then_the_name():
    x = extract_text("Anggota Dewan Perwakilan Rakyat (DPR) dari Partai Hanura, Nurdin Tampubolon, "
                     "mengatakan pembangunan harus dimulai dari desa.")
    assert _pairs(x) == [("holds_post", "Nurdin Tampubolon", "Dewan Perwakilan Rakyat", "Anggota")]


def test_lowercase_modifiers_after_a_title():
    x = extract_text("Merdeka.com - Penyidik senior Komisi Pemberantasan Korupsi (KPK) Novel Baswedan "
                     "telah menjalani pemeriksaan di KBRI Singapura, Senin (14/8).")
    assert _held(x) == [("holds_post", "Novel Baswedan",
                                              "Komisi Pemberantasan Korupsi")]
    x = extract_text('"Saudara tahu?" tanya jaksa penuntut umum KPK, Kresno Anto Wibowo kepada Anton.')
    assert _held(x) == [("holds_post", "Kresno Anto Wibowo", "KPK")]
    x = extract_text("Direktur olahraga Bayern, Hasan Salihamidzic, kemudian menyanjung Heynckes.")
    assert _held(x) == [("holds_post", "Hasan Salihamidzic", "Bayern")]
    x = extract_text("Jakarta, CNN Indonesia -- Direktur eksekutif Mercedes F1, Toto Wolff, mengatakan "
                     "pihaknya berencana mengundang pebalap veteran.")
    assert _held(x) == [("heads", "Toto Wolff", "Mercedes F1")]
    x = extract_text("Andre Koreh yang merupakan ketua harian KONI NTT, menyatakan bahwa ini sudah jadi "
                     "kebiasaan.")
    assert _held(x) == [("holds_post", "Andre Koreh", "KONI NTT")]


def test_unit_field_list_with_commas():
    x = extract_text("Hal itu disampaikan Kepala Pusat Data, Informasi, dan Humas BNPB Sutopo Purwo "
                     "Nugroho dalam keterangan tertulisnya.")
    assert _held(x) == [("holds_post", "Sutopo Purwo Nugroho", "BNPB")]


def test_founder_coordinated_with_a_title():
    x = extract_text('"Ini peluang besar," ujar CEO dan pendiri Grab, Anthony Tan, dalam siaran pers.')
    assert _held(x) == [("heads", "Anthony Tan", "Grab")]


def test_quantified_apposition_salah_satu_anggota():
    x = extract_text("Hal ini dilakoni oleh Aiptu Tutut, SH, salah satu anggota Timsus Satpas Polda "
                     "Metro Jaya dengan menyamar sebagai pedagang gorengan.")
    assert _held(x) == [("holds_post", "Tutut", "Polda Metro Jaya")]


def test_lowercase_manajer_and_a_field_before_di():
    x = extract_text("Sementara itu, manajer Brighton and Hove Albion, Chris Hughton, menurunkan pemain "
                     "barunya di lini tengah.")
    assert _held(x) == [("holds_post", "Chris Hughton",
                                              "Brighton and Hove Albion")]
    x = extract_text("Amornchai Sirisai, direktur program di Perhimpunan Masyarakat Sipil Penyapu Ranjau "
                     "Thailand, mengatakan banyak pasukan telah menanam ranjau di sana.")
    assert _held(x) == [
        ("holds_post", "Amornchai Sirisai", "Perhimpunan Masyarakat Sipil Penyapu Ranjau Thailand")]


def test_one_capital_word_between_a_company_head_title_and_a_full_name():
    x = extract_text("Direktur Utama Waskita Muhammad Choliq menuturkan, selama tiga tahun terakhir "
                     "perusahaan tumbuh.")
    assert _pairs(x) == [("heads", "Muhammad Choliq", "Waskita", "Direktur Utama")]


def test_company_tail_word_does_not_start_the_name():
    x = extract_text("CEO MDI Ventures Nicko Widjaja kepada DailySocial menyebutkan RDP kini memiliki "
                     "basis operasi.")
    assert _pairs(x) == [("heads", "Nicko Widjaja", "MDI Ventures", "CEO")]


def test_sekretaris_kabinet_but_not_japans_chief_cabinet_secretary():
    x = extract_text("Sekretaris Kabinet Pramono Anung mengatakan, UN tetap dilaksanakan.")
    assert _pairs(x) == [("holds_post", "Pramono Anung", "Sekretariat Kabinet", "Sekretaris Kabinet")]
    x = extract_text("Kepala Sekretaris Kabinet Yoshihide Suga mengatakan kepada wartawan bahwa Jepang "
                     "akan membekukan aset enam organisasi.")
    assert relations(x, "holds_post") == []


def test_a_word_the_article_uses_alone_as_a_name_starts_the_name():
    x = extract_text("Direktur Jenderal Pengelolaan Ruang Laut Brahmantya Satyamurti Poerwadi "
                     "mengatakan KKP berperan aktif. \"Jumlahnya bertambah,\" kata Brahmantya dalam "
                     "keterangan tertulis.")
    assert [r[1] for r in relations(x, "holds_post")] == ["Brahmantya Satyamurti Poerwadi"]


def test_party_board_before_a_party_ner_named():
    x = extract_text("Dikonfirmasi secara terpisah, Ketua DPD PDI Perjuangan Jatim, Kusnadi, membantah "
                     "keras isu yang beredar di berbagai media sosial.")
    assert _pairs(x) == [("heads", "Kusnadi", "DPD PDI Perjuangan Jatim", "Ketua")]
