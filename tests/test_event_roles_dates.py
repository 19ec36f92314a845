"""Event roles and dates read from the article around the trigger: victims named in lists or as
such, pronoun and described subjects, bare titles, speakers at assemblies, a unit's police
parent, and last-resort dates (a national day, a quote told "saat ini", a statement made at the
occasion). Real news text from shared/data/news/indosum_dev.jsonl; the mentions are built by
locating the names in the text, as test_events.py does (the entity stage's output)."""
from kg.extract.events import extract_events
from kg.extract.events.attribution import _sources
from kg.extract.types import EntityMention, Provenance
from kg.ingest_types import Article
from kg.nlp.pipeline import article_sentences
from kg.nlp.types import AnalyzedArticle


def build(text: str, date: str, names, titles=None, nested=()):
    """The analysed article and its mentions: every occurrence of each (name, kind), longest
    names first; `titles` gives a person's titles by name; `nested` names may lie inside
    another mention (a region in an agency's name, as the entity stage gives it)."""
    art = Article(id="t", title="t", text=text, date=date)
    an = AnalyzedArticle(art, tuple(article_sentences(art)), ())
    taken, found = [], []
    for name, kind in sorted([*names, *nested], key=lambda n: -len(n[0])):
        for s in an.sentences:
            pos = 0
            while (i := s.text.find(name, pos)) >= 0:
                pos = i + len(name)
                a, b = s.start + i, s.start + i + len(name)
                if (name, kind) in nested or not any(x < b and a < y for x, y in taken):
                    taken.append((a, b))
                    found.append((a, b, s.index, name, kind))
    found.sort()
    ms = [EntityMention(f"m{n}", kind, t, t, Provenance("t", si, a, b, "test", 1.0),
                        titles=tuple((titles or {}).get(t, ())))
          for n, (a, b, si, t, kind) in enumerate(found)]
    return an, ms


def names_of(ms, ids):
    by_id = {m.id: m.text for m in ms}
    return [by_id[i] for i in ids if i in by_id]


def one(events, category):
    found = [e for e in events if e.category == category]
    assert found, [(e.category, e.trigger) for e in events]
    return found[0]


NAWAR = ('Kepolisian Resor Kuningan, Jawa Barat, menemukan tujuh selongsong peluru yang ditembakkan '
         'oleh dua orang kepada seorang pedagang nasi pada Sabtu malam. "Kami temukan tujuh selongsong '
         'peluru dan satu masih utuh proyektilnya," kata Kepala Bidang Hubungan Masyarakat Polda Jawa '
         'Barat Kombes Yusri Yunus kepada Antara, di Cirebon, Minggu (6/8). Selain tujuh selongsong '
         'yang ditemukan, kata Yusri, ada tiga proyektil peluru sebagai barang bukti lainnya. Yusri '
         'menuturkan, penembakan oleh dua orang yang tidak dikenal itu pada hari Sabtu (5/8) sekitar '
         'jam 19.30 WIB. "Akibat kejadian tersebut korban atas nama Ahmad Nawar menderita luka patah '
         'tulang paha sebelah kiri dan terdapat proyektil peluru di antara rongga panggul," tuturnya.')


def test_victim_named_in_the_sentence_after_a_crime_is_its_patient():
    an, ms = build(NAWAR, "2017-08-07", [("Yusri Yunus", "person"), ("Yusri", "person"),
                                         ("Ahmad Nawar", "person"), ("Polda Jawa Barat", "organization")])
    crime = one(extract_events(an, ms), "crime")
    assert names_of(ms, crime.targets) == ["Ahmad Nawar"]
    assert crime.date == "2017-08-05"


GARUT = ('Seorang warga Kecamatan Pangantikan, Kabupaten Garut, Jawa Barat, meninggal dunia pada Jumat '
         '(15/12) malam akibat penyakit jantung. Kambuhnya penyakit jantung yang diderita Kusnasi (61) '
         'diketahui akibat gempa bumi yang menerjang kawasan pantai selatan Jawa. Selain ada yang '
         'meninggal dunia akibat gempa, dua orang warga lainnya dilaporkan mengalami luka akibat '
         'tertimpa material bangunan. Kedua orang warga tersebut adalah Yati Suryati (35) dan Fathan '
         '(40) warga Kecamatan Cihurip, Kabupaten Garut.')


def test_persons_listed_after_a_hurt_are_the_disasters_patients():
    an, ms = build(GARUT, "2017-12-17", [("Yati Suryati", "person"), ("Fathan", "person")])
    quake = one(extract_events(an, ms), "disaster")
    assert names_of(ms, quake.targets) == ["Yati Suryati", "Fathan"]


ZUNAIDI = ('Zunaidi Abdillah, pelaku pelecehan seksual pasien RS National Hospital, Surabaya, Jawa '
           'Timur, ditetapkan sebagai tersangka. Mantan perawat National Hospital Surabaya ini telah '
           'menjalani pemeriksaan 24 jam di Unit PPA Polrestabes Surabaya.')


def test_described_subject_undergoes_and_the_police_unit_where_it_is_done_does_it():
    an, ms = build(ZUNAIDI, "2018-01-28", [("Zunaidi Abdillah", "person"), ("Unit PPA", "organization"),
                                           ("Polrestabes Surabaya", "organization")])
    inquiry = one(extract_events(an, ms), "investigation")
    assert names_of(ms, inquiry.targets) == ["Zunaidi Abdillah"]
    # "Unit PPA Polrestabes Surabaya": the unit acts as its police parent
    assert names_of(ms, [inquiry.organizer]) == ["Polrestabes Surabaya"]


IRIAWAN = ('Kapolda Metro Jaya Irjen M Iriawan menggelar jumpa pers terkait hasil operasi kepolisian di '
           'wilayah DKI Jakarta. Para tersangka dihadirkan di Mapolda Metro Jaya. Bahkan Kapolda sempat '
           'menginterogasi pelaku kejahatan perampokan di Daan Mogot yang menewaskan Davidson.')


def test_bare_title_subject_is_the_person_with_that_title():
    an, ms = build(IRIAWAN, "2017-06-22", [("M Iriawan", "person"), ("Davidson", "person")],
                   titles={"M Iriawan": ("Kapolda Metro Jaya",)})
    events = extract_events(an, ms)
    asked = next(e for e in events if e.trigger.startswith("menginterogasi"))
    assert names_of(ms, [asked.organizer]) == ["M Iriawan"]
    robbery = one(events, "crime")
    assert names_of(ms, robbery.targets) == ["Davidson"]       # "yang menewaskan Davidson"


MISBAKHUN = ('"Kalau ada perlindungan saksi tanpa koordinasi dengan LPSK dan mengadakan safe house sendiri '
             'dengan alasan tertentu, itu adalah penyekapan," ujar Misbakhun usai Rapat Dengar Pendapat '
             'Umum antara Pansus Angket KPK dengan LPSK di Gedung DPR, Jakarta, Senin (28/8).')


def test_speaker_after_an_assembly_takes_part_in_it():
    an, ms = build(MISBAKHUN, "2017-08-29", [("Misbakhun", "person"), ("LPSK", "organization"),
                                             ("Pansus Angket KPK", "organization")])
    hearing = one(extract_events(an, ms), "meeting")
    assert "Misbakhun" in names_of(ms, hearing.participants)
    assert "Misbakhun" not in names_of(ms, [hearing.organizer, *hearing.sources])
    assert hearing.date == "2017-08-28"


def test_body_after_sebagai_is_the_post_not_the_appointer():
    text = ('Untuk diketahui, Khofifah Indar Parawansa ditunjuk sebagai Mensos RI sebagai representasi '
            'dari NU, Ketua Umum Muslimat NU selama tiga periode sampai sekarang ini.')
    an, ms = build(text, "2018-01-18", [("Khofifah Indar Parawansa", "person"),
                                        ("Mensos RI", "organization"), ("NU", "organization")])
    post = one(extract_events(an, ms), "appointment")
    assert names_of(ms, post.targets) == ["Khofifah Indar Parawansa"]
    assert post.organizer is None


PAHLAWAN = ('Oleh karenanya, Jokowi memohon doa restu dan dukungan keluarga para pahlawan Indonesia agar '
            'rakyat mampu bersama-sama memajukan bangsa. "Pada kesempatan yang baik ini saya mohon doa '
            'restu keluarga besar para pahlawan Indonesia untuk kemajuan bangsa kita, Indonesia," ujar dia. '
            'Sebelumnya, dalam Upacara Peringatan Hari Pahlawan Tahun 2016, Presiden Jokowi bertindak '
            'menjadi Inspektur Upacara di Taman Makam Pahlawan Nasional Utama Kalibata, Jakarta Selatan. '
            'Tepat pukul 08.15 WIB, Presiden memimpin upacara dan mengheningkan cipta selama satu menit.')


PAHLAWAN_NAMES = [("Jokowi", "person"), ("Taman Makam Pahlawan Nasional Utama Kalibata", "place"),
                  ("Jakarta Selatan", "place")]


def test_ceremony_of_a_national_day_is_held_on_that_day():
    an, ms = build(PAHLAWAN, "2016-11-11", PAHLAWAN_NAMES, titles={"Jokowi": ("Presiden",)})
    ceremony = one(extract_events(an, ms), "ceremony")
    assert ceremony.date == "2016-11-10"
    assert names_of(ms, [ceremony.organizer]) == ["Jokowi"]     # "Presiden memimpin upacara"


def test_ceremony_date_needs_the_day_named_with_it():
    text = PAHLAWAN.replace("Upacara Peringatan Hari Pahlawan Tahun 2016", "Upacara Peringatan")
    an, ms = build(text, "2016-11-11", PAHLAWAN_NAMES)
    assert one(extract_events(an, ms), "ceremony").date is None


SULTAN = ('Merdeka.com - Seorang pria yang diketahui bernama Sultan Azianzah menyerang Pos Polisi Yupentek '
          'Cikokol, Tangerang. Dia ditegur karena ingin memasang stiker ISIS. Akibat serangan benda tajam '
          'lima polisi terluka, termasuk Kapolsek Tangerang Kompol Efendi.\n\nSelain menyerang dengan '
          'senjata tajam, pelaku sempat melempar sumbu menyerupai bahan peledak sebanyak dua batang. '
          'Beruntung, kedua benda tersebut tidak meledak.\n\n"Tersangka melakukan penyerangan dengan '
          'membabi buta menggunakan golok serta melempar sumbu menyerupai bahan peledak sebanyak dua '
          'batang," ujar Kabid Humas Polda Metro Jaya, Kombes Awi Setiyono dalam siaran persnya di '
          'Jakarta, Kamis (20/10).\n\nTak ingin jatuh banyak korban, polisi beberapa kali menembakkan '
          'peluru tajam ke arah pelaku. Akhirnya pelaku berhasil dilumpuhkan, dan terkapar di pinggir '
          'jalan.\n\n"Tersangka sudah dapat dilumpuhkan dengan luka tembak beberapa kali," lanjutnya.'
          '\n\nPelaku diketahui masih dalam keadaan hidup, dan sempat dievakuasi ke RS Tangerang '
          'Kabupaten. "Saat ini sudah dievakuasi ke RS Tangerang Kabupaten, dirujuk ke RS Kramat Jati," '
          'tutupnya.\n\nSebelumnya, penyerangan itu terjadi sekitar pukul 07.00 WIB. Agar tidak jatuh '
          'korban lainnya, pelaku langsung ditembak dengan peluru tajam hingga tersungkur di tengah '
          'jalan.\n\n"Saat ini pelaku sudah sudah dilumpuhkan dengan ditembak dan diamankan ke RS Polri '
          'Jakarta. Tidak meninggal," ujar seorang petugas polisi di lokasi kejadian, Kamis (20/10).')


def test_act_told_as_just_done_in_a_quote_takes_the_day_it_was_said():
    an, ms = build(SULTAN, "2016-10-21", [("Sultan Azianzah", "person"), ("Efendi", "person"),
                                          ("Awi Setiyono", "person"), ("Polda Metro Jaya", "organization"),
                                          ("Tangerang", "place"), ("RS Polri Jakarta", "place"),
                                          ("RS Tangerang Kabupaten", "place")],
                   titles={"Efendi": ("Kapolsek Tangerang",)})
    events = extract_events(an, ms)
    arrest = one(events, "arrest")
    assert names_of(ms, arrest.targets) == ["Sultan Azianzah"]
    assert arrest.date == "2016-10-20"
    # "lima polisi terluka, termasuk Kapolsek Tangerang Kompol Efendi": the attack's victim
    assert "Efendi" in names_of(ms, one(events, "crime").targets)


KNRP = ('Selain mengikuti Aksi bela Palestina yang diselenggarakan di depan Kedubes AS, Komite Nasional '
        'Untuk Rakyat Palestina (KNRP) juga melakukan penggalangan dana untuk Palestina dan korban erupsi '
        'Gunung Agung di Bali. Pantauan kumparan (kumparan.com), puluhan relawan dari KNRP menyebar di '
        'beberapa titik keramaian aksi sambil memegang kantong berwarna biru dan kuning. "Jadi memang itu '
        'kreativitas dari penyelenggara berupa perhatian tidak hanya yang jauh di sana (Palestina), '
        'melainkan juga untuk saudara terdekat yang sedang dilanda bencana seperti di Bali," kata Sekjen '
        'KNRP, Suhartono, di sela aksi bela Palestina, di Jalan Medan Merdeka Selatan, Jakarta Pusat, '
        'Minggu (10/12).')


def test_lead_event_takes_the_day_of_a_statement_made_at_the_occasion():
    names = [("Komite Nasional Untuk Rakyat Palestina", "organization"), ("KNRP", "organization"),
             ("Suhartono", "person")]
    an, ms = build(KNRP, "2017-12-11", names)
    aid = one(extract_events(an, ms), "aid")
    assert aid.date == "2017-12-10"
    # said elsewhere than at the occasion ("saat dikonfirmasi"): no date from it
    an, ms = build(KNRP.replace("di sela aksi bela Palestina", "saat dikonfirmasi"), "2017-12-11", names)
    assert one(extract_events(an, ms), "aid").date is None


def test_pronoun_speaker_leaves_the_name_after_it_to_what_was_said():
    text = ('Dari pemeriksaan sementara, kata dia, Cahyono menerima uang-uang itu sejak menjabat Kepala '
            'Pengamanan Lembaga Pemasyarakatan Narkotika Nusakambangan.')
    an, ms = build(text, "2018-01-22", [("Cahyono", "person")])
    assert _sources(an.sentences[0], ms) == []
    # ... while "kata Kasubag Humas X, Y" still names the speaker
    an2, ms2 = build(text.replace("kata dia, Cahyono", "kata Kepala BNN, Suprinarto"), "2018-01-22",
                     [("Suprinarto", "person")])
    assert [m.text for m in _sources(an2.sentences[0], ms2)] == ["Suprinarto"]


def test_unchanged_article_without_victim_words_gets_no_patients():
    # precision: a fire told with the persons who act (a visit of condolence) has no victims
    an, ms = build(GARUT.replace("Kedua orang warga tersebut adalah", "Bupati menjenguk"), "2017-12-17",
                   [("Yati Suryati", "person"), ("Fathan", "person")])
    quake = one(extract_events(an, ms), "disaster")
    assert quake.targets == ()



def test_name_in_brackets_in_a_title_is_no_speaker():
    text = ('"Sudah ditugaskan ke Menpan RB, tidak ada masalah," kata Ketua Pengurus Pusat Ikatan Hakim '
            'Indonesia (Ikahi), Suhardi, setelah bertemu dengan Presiden Joko Widodo di Kompleks Istana '
            'Kepresidenan, Jakarta Pusat, Senin (27/3).')
    an, ms = build(text, "2017-03-28", [("Ikahi", "person"), ("Suhardi", "person"), ("Joko Widodo", "person")])
    assert [m.text for m in _sources(an.sentences[0], ms)] == ["Suhardi"]


def test_bodies_giving_relief_together_all_give_it():
    text = ('Ponorogo (ANTARA News) - Tanah longsor di Dusun Gondang, Desa Tumpuk, Kecamatan Sawoo, '
            'Ponorogo, Jawa Timur, yang menimbun rumah milik Soirin, mengakibatkan dua orang, Ria Lestari '
            '(23) dan anaknya Venesia Aulia Andriani (2 bulan) tewas tertimbun, Minggu (7/1) malam.\n\n'
            'Kepala Bidang Rehabilitasi dan Rekonstruksi BPBD Kabupaten Ponorogo, Setyo Budiono, Senin '
            'menuturkan tim BPBD bersama TNI, Polri, dan relawan yang melakukan pencarian telah berhasil '
            'mengevakuasi kedua korban tewas tersebut Minggu pukul 23.00 WIB.\n\n"Kedua korban yang '
            'meninggal, Ria Lestari dan Aulia Andriani sudah dievakuasi tadi malam.')
    names = [("Ria Lestari", "person"), ("Venesia Aulia Andriani", "person"), ("Aulia Andriani", "person"),
             ("Setyo Budiono", "person"), ("BPBD Kabupaten Ponorogo", "organization"), ("BPBD", "organization"),
             ("TNI", "organization"), ("Polri", "organization"), ("Soirin", "person"),
             ("Dusun Gondang", "place"), ("Ponorogo", "place"), ("Jawa Timur", "place")]
    an, ms = build(text, "2018-01-09", names, nested=[("Kabupaten Ponorogo", "place")],
                   titles={"Setyo Budiono": ("Kepala Bidang Rehabilitasi dan Rekonstruksi BPBD Kabupaten Ponorogo",)})
    aid = one(extract_events(an, ms), "aid")
    assert {"TNI", "Polri"} <= set(names_of(ms, [aid.organizer, *aid.co_agents]))
    assert not {"TNI", "Polri"} & set(names_of(ms, [*aid.partners, *aid.participants]))
    # "Kedua korban yang meninggal, Ria Lestari dan Aulia Andriani sudah dievakuasi": the evacuated
    assert {"Ria Lestari", "Aulia Andriani"} <= set(names_of(ms, aid.targets))


PALAK = ('Apes dialami pelajar SMP berinisial AT alias Ariel (11) Warga Tumumpa, Kecamatan Tuminting, '
         'Manado. Ia menjadi korban pemalakan pada Senin, (19/9) siang. Parahnya, pelaku adalah bocah yang '
         'masih duduk di bangku Sekolah Dasar (SD) berinisial RR (9). RR pun diamankan polisi untuk '
         'dilakukan pembinaan.')


def test_doer_named_as_such_after_the_crime_and_a_victim_with_an_alias():
    an, ms = build(PALAK, "2016-09-24", [("AT", "person"), ("Ariel", "person"), ("RR", "person"),
                                         ("Manado", "place")])
    crime = one(extract_events(an, ms), "crime")
    assert names_of(ms, [crime.organizer]) == ["RR"]
    assert names_of(ms, crime.targets) == ["AT"]          # "Ia menjadi korban": AT alias Ariel
    assert crime.date == "2016-09-19"


def test_described_then_named_speaker_reports_not_suffers():
    text = ('“Kami merasakan turbulensi kuat sebanyak dua kali dan guncangan minor hingga tiga kali, seluruh '
            'insiden itu terjadi selama 10 menit,” ujar salah satu penumpang bernama Zhang, dikutip Xinhua.')
    an, ms = build(text, "2017-06-21", [("Zhang", "person"), ("Xinhua", "organization")])
    assert [m.text for m in _sources(an.sentences[0], ms)] == ["Zhang"]


RIZIEQ = ('Polisi menerbitkan surat penangkapan pada tersangka kasus pornografi Muhammaf Rizieq Shihab. '
          'Pembuatan surat ini merupakan bagian dari penerbitan red notice atau permintaan untuk menangkap '
          'yang akan diterbitkan untuk Interpol. "Hari ini (surat) penangkapan, kami cek ke rumah, ada '
          'tidak. (Lalu) Ke imigrasi dia pakai visa apa," kata Kepala Bidang Hubungan Masyarakat Polda '
          'Metro Jaya Komisaris Besar Argo Yuwono di Jakarta, Selasa (30/5).')


def test_lead_event_retold_in_a_quote_with_a_relative_day():
    names = [("Muhammaf Rizieq Shihab", "person"), ("Argo Yuwono", "person"),
             ("Polda Metro Jaya", "organization"), ("Interpol", "organization"), ("Jakarta", "place")]
    an, ms = build(RIZIEQ, "2017-05-31", names)
    warrant = one(extract_events(an, ms), "decision")
    assert warrant.date == "2017-05-30"
    # the quote naming something else ("Hari ini kami cek ke rumah"): no date from it
    an, ms = build(RIZIEQ.replace("(surat) penangkapan", "petugas"), "2017-05-31", names)
    assert one(extract_events(an, ms), "decision").date is None


# -- the evrec3 round: fronted suspects, later-named suspects, victims lists, sides, apposed
# objects, one case's defendant, lead and occasion dates (dev corpus sentences)

KOJA = ('JAKARTA (Pos Kota) – Seorang bocah perempuan berusia 11 tahun babak belur dihajar majikannya '
        'lantaran dituduh mencuri uang Rp10 juta di Jalan lontar Taman, Tugu Utara, Koja Jakarta Utara. '
        'Dikatakan, korban dipekerjakan sebagai pembantu rumah tangga sejak umur 8 tahun oleh tersangka An. '
        'Aksi penganiayaan itu terjadi, pada Minggu (4/9) sekitar pukul: 22.00 wib, sang majikan An menuding '
        'korban mencuri uangnya. “Tersangka langsung kami amankan. Kami masih dalami kasus penganiayaan '
        'ini,” ujar Supriyanto.')


def test_fronted_suspect_with_a_pronoun_agent_is_arrested():
    an, ms = build(KOJA, "2016-09-09", [("An", "person"), ("Supriyanto", "person")])
    arrest = one(extract_events(an, ms), "arrest")
    assert arrest.trigger == "amankan"


DENSUS = ('Jakarta, CNN Indonesia -- Kepala Biro Penerangan Masyarakat Divisi Humas Polri Kombes Mohammad '
          'Iqbal mengatakan, Detasemen Khusus 88 Antiteror menangkap tiga orang jaringan teroris di Jawa '
          'Timur, Sabtu (9/12). Iqbal menyebutkan ketiga identitas terduga teroris tersebut. Salah satu yang '
          'ditangkap bernama Paripung Dhani Pasandi alias Ipung. Dia tinggal di Jalan Raya Tanggulangin. '
          'Menurut Iqbal, Ipung termasuk dalam kelompok JAT. Terduga teroris berikutnya bernama Muhammad '
          'Muhidin Gani alias Abu Faros alias Deni. Pria yang tinggal di Jalan Ampel Kembang, Surabaya itu '
          'ditangkap di Gang Gading, Jalan Kedinding Lor, Surabaya.')


def test_suspects_named_later_where_the_arrest_is_told_again():
    names = [("Mohammad Iqbal", "person"), ("Iqbal", "person"), ("Detasemen Khusus 88 Antiteror", "organization"),
             ("Paripung Dhani Pasandi", "person"), ("Ipung", "person"), ("Muhammad Muhidin Gani", "person"),
             ("JAT", "organization"), ("Surabaya", "place"), ("Jawa Timur", "place")]
    an, ms = build(DENSUS, "2017-12-10", names)
    arrest = one(extract_events(an, ms), "arrest")
    assert {"Paripung Dhani Pasandi", "Muhammad Muhidin Gani"} <= set(names_of(ms, arrest.targets))


GROBOGAN = ('Jakarta, CNN Indonesia -- Tabrakan antara Kereta Api Argo Bromo dan sebuah mobil Avanza di '
            'dekat Stasiun Sedadi, Grobogan, Jawa Tengah, terjadi di pelintasan tidak resmi. Pelintasan '
            'sebidang tersebut tidak dilengkapi palang pintu. Fakta tersebut diutarakan Kepala Humas PT KAI '
            'DAOP 4 Edy Koeswoyo kepada CNNIndonesia.com melalui sambungan telepon, Sabtu (20/5). Edy '
            'mengatakan, mobil Avanza itu merupakan bagian dari iring-iringan mobil. Ia mengimbau masyarakat '
            'untuk mewaspadai potensi tabrakan. Edy berkata, lalu lintas kereta api normal. Sementara itu, '
            'dua dari korban tewas pada kejadian itu kini telah dibawa ke Rumah Sakit Yakkum di Purwodadi. '
            'Keempat korban itu diidentifikasi sebagai Agus Bambang (60), Ihsan Ngadikan (58), Bahtiar (30), '
            'dan Agus Abdullah (54).')


def test_victims_identified_right_after_a_sentence_of_the_crash():
    names = [("Edy Koeswoyo", "person"), ("Edy", "person"), ("Agus Bambang", "person"),
             ("Ihsan Ngadikan", "person"), ("Bahtiar", "person"), ("Agus Abdullah", "person"),
             ("Grobogan", "place"), ("Purwodadi", "place")]
    an, ms = build(GROBOGAN, "2017-05-21", names)
    crash = one(extract_events(an, ms), "disaster")
    assert names_of(ms, crash.targets) == ["Agus Bambang", "Ihsan Ngadikan", "Bahtiar", "Agus Abdullah"]


KERATON = ('Merdeka.com - Setelah sempat tertunda, pertemuan antara Pemerintah yang diwakili Menteri Dalam '
           'Negeri Tjahjo Kumolo, anggota Wantimpres Jenderal (Purn) Subagyo HS, Pemprov Jawa Tengah dan '
           'Pemkot Solo dengan keluarga Keraton Kasunanan Surakarta menemui titik terang.')


def test_sides_named_after_a_meeting_noun_take_part():
    names = [("Tjahjo Kumolo", "person"), ("Subagyo HS", "person"), ("Pemprov Jawa Tengah", "organization"),
             ("Pemkot Solo", "organization"), ("Keraton Kasunanan Surakarta", "organization")]
    an, ms = build(KERATON, "2017-08-25", names)
    meeting = one(extract_events(an, ms), "meeting")
    assert {"Pemprov Jawa Tengah", "Pemkot Solo", "Subagyo HS"} <= set(names_of(ms, meeting.participants))
    assert meeting.organizer is None


TOKYO = ('Jakarta, CNN Indonesia -- Kepolisian Jepang menahan dua pria yang menembaki kantor pusat kelompok '
         'pendukung Korea Utara di Tokyo, Jumat (23/2). Dua pria itu teridentifikasi sebagai Satoshi '
         'Katsudara, 56, dan Yoshinori Kawamura, 46, yang merupakan aktivis sayap kanan.')


def test_men_identified_after_an_arrest_and_no_shooting_by_the_police():
    names = [("Kepolisian Jepang", "organization"), ("Satoshi Katsudara", "person"),
             ("Yoshinori Kawamura", "person"), ("Tokyo", "place")]
    an, ms = build(TOKYO, "2018-02-24", names)
    events = extract_events(an, ms)
    arrest, crime = one(events, "arrest"), one(events, "crime")
    assert names_of(ms, arrest.targets) == ["Satoshi Katsudara", "Yoshinori Kawamura"]
    assert names_of(ms, [crime.organizer]) == ["Satoshi Katsudara"]


def test_described_person_in_apposition_to_the_object():
    text = ('Suara.com - Sekretaris Jenderal Perserikatan Bangsa-Bangsa Antonio Guterres menunjuk seorang '
            'diplomat asal Prancis, Jean - Pierre Lacroix sebagai kepala misi perdamaian yang baru.')
    an, ms = build(text, "2017-02-15", [("Antonio Guterres", "person"), ("Jean - Pierre Lacroix", "person"),
                                        ("Perserikatan Bangsa-Bangsa", "organization"), ("Prancis", "place")])
    post = one(extract_events(an, ms), "appointment")
    assert names_of(ms, post.targets) == ["Jean - Pierre Lacroix"]


ATUT = ('Majelis Hakim Pengadilan Tindak Pidana Korupsi menjatuhkan vonis penjara terhadap mantan Gubernur '
        'Banten, Ratu Atut Chosiyah, karena terbukti dalam kasus korupsi alat kesehatan, Kamis (20/7). Vonis '
        'itu lebih ringan dari tuntutan jaksa.')


def test_the_demand_beside_a_verdict_tries_the_same_defendant():
    an, ms = build(ATUT, "2017-07-21", [("Ratu Atut Chosiyah", "person"),
                                        ("Pengadilan Tindak Pidana Korupsi", "organization")])
    trials = [e for e in extract_events(an, ms) if e.category == "trial"]
    assert len(trials) == 2
    assert all(names_of(ms, t.targets) == ["Ratu Atut Chosiyah"] for t in trials)


DJAROT = ('Calon Wakil Gubernur DKI Jakarta petahana, Djarot Saiful Hidayat, mengawali agenda kampanyenya '
          'dengan menyambangi warga RT 012/RW 001, Jatinegara Barat, Kampung Melayu, Jakarta Timur.\n\n'
          'Djarot yang mengenakan kemeja kotak-kotak merah tiba sekitar pukul 10.40 WIB, Rabu (29/3), '
          'langsung disambut oleh warga dan relawan setempat.')


def test_lead_event_takes_the_next_sentences_own_day():
    an, ms = build(DJAROT, "2017-03-30", [("Djarot Saiful Hidayat", "person"), ("Djarot", "person"),
                                          ("Jatinegara Barat", "place")])
    assert {e.date for e in extract_events(an, ms)} == {"2017-03-29"}


FUTSAL = ('Jakarta, CNN Indonesia -- PSSI memastikan Tim Futsal Indonesia bakal berlaga di ajang SEA Games '
          '2017 di Kuala Lumpur Malaysia. Hal ini dikonfirmasi Sekjen PSSI Ratu Tisha Destria kepada para '
          'awak media di Kantor PSSI, Kamis (20/7) sore.\n\n"Timnas futsal putra Indonesia akan tetap '
          'mengikuti jadwal yang telah berjalan. Kami butuh waktu dua sampai tiga hari untuk mengolah '
          'informasi lebih lanjut. Soal dana pun menjadi tanggung jawab kami," kata Tisha usai Rapat '
          'Koodibasi pertama PSSI dengan FFI.')


def test_an_occasion_a_statement_was_made_at_takes_its_day():
    an, ms = build(FUTSAL, "2017-07-22", [("PSSI", "organization"), ("Ratu Tisha Destria", "person"),
                                          ("Tisha", "person"), ("FFI", "organization")])
    assert one(extract_events(an, ms), "meeting").date == "2017-07-20"


def test_a_paragraphs_date_two_sentences_back_dates_an_act():
    an, ms = build(PALAK, "2016-09-24", [("AT", "person"), ("Ariel", "person"), ("RR", "person"),
                                         ("Manado", "place")])
    assert one(extract_events(an, ms), "arrest").date == "2016-09-19"     # "RR pun diamankan polisi"


KEBO = ('Rimanews - Dua pasangan kumpul kebo digerebek satuan dari Polsek Dukuh Pakis di sebuah kos-kosan '
        'di daerah Dukuh Kupang, Surabaya.\n\nMasing-masing AD (24), warga Kampung Kebun Manggu, Kabupaten '
        'Cianjur, dan RB (24), warga Karet 6 Surabaya, lalu RA (26) dari Mampang Prapatan, Jakarta '
        'Selatan, dan PA (29) asal Pananmbangan, Balungbendo, Sidoarjo.')


def test_a_list_of_persons_each_with_age_and_home():
    names = [("AD", "person"), ("RB", "person"), ("RA", "person"), ("PA", "person"),
             ("Polsek Dukuh Pakis", "organization"), ("Surabaya", "place")]
    an, ms = build(KEBO, "2017-04-30", names)
    raid = one(extract_events(an, ms), "arrest")
    assert names_of(ms, raid.targets) == ["AD", "RB", "RA", "PA"]


def test_the_person_opening_the_sentence_does_its_active_verb():
    text = ('Kepala Pelaksana BPBD Garut, Dadi Djakaria bersama Muspika Pangatikan melakukan takziah ke '
            'rumah korban sekaligus memberikan santunan.')
    an, ms = build(text, "2017-12-17", [("BPBD Garut", "organization"), ("Dadi Djakaria", "person"),
                                        ("Muspika Pangatikan", "organization")])
    aid = one(extract_events(an, ms), "aid")
    assert names_of(ms, [aid.organizer]) == ["Dadi Djakaria"]


def test_a_crimes_toll_told_later_with_its_day_dates_it():
    text = ('Pelaku penembakan di Route 91 Harvest Festival Las Vegas, Stephen Paddock (64), diketahui telah '
            'menimbun cadangan senjata serta amunisinya selama beberapa dekade. "Yang kita ketahui, Paddock '
            'merupakan pria yang menghabiskan puluhan tahun untuk memperoleh senjata," ujar Lombardo '
            'dilansir Reuters, Jumat (6/10). Seperti diberitakan sebelumnya, sedikitnya 59 orang tewas dan '
            '500 orang lainnya terluka akibat bombardir peluru yang ditembakan Paddock dari lantai 32 hotel '
            'Mandalay Bay, di Las Vegas Strip, pada Senin (2/10).')
    an, ms = build(text, "2017-10-07", [("Stephen Paddock", "person"), ("Paddock", "person"),
                                        ("Lombardo", "person"), ("Reuters", "organization"),
                                        ("Las Vegas", "place")])
    assert one(extract_events(an, ms), "crime").date == "2017-10-02"


def test_speaker_told_to_an_outlet_before_the_speech_verb():
    text = ('Kabid Humas Polda Papua Kombes Ahmad Kamal kepada Antara, mengakui kedua anggota yang '
            'tertembak itu adalah Brigpol Mufadol dan Barada Alwin.')
    an, ms = build(text, "2017-10-22", [("Ahmad Kamal", "person"), ("Antara", "organization"),
                                        ("Mufadol", "person"), ("Alwin", "person")])
    assert [m.text for m in _sources(an.sentences[0], ms)] == ["Ahmad Kamal"]


def test_the_partner_named_after_whose_partner_he_is_is_the_object():
    text = ('Kepolisian juga telah meminta keterangan rekan bisnis Sandi, Andreas Tjahjadi, yang turut '
            'menjadi tertuduh dalam laporan tersebut.')
    an, ms = build(text, "2017-07-03", [("Sandi", "person"), ("Andreas Tjahjadi", "person")])
    inquiry = one(extract_events(an, ms), "investigation")
    assert names_of(ms, inquiry.targets) == ["Andreas Tjahjadi"]


def test_a_crime_done_to_a_bodys_property_is_done_to_the_body():
    text = ('Kontak tembak itu terjadi saat personil Brimob melakukan pengejaran terhadap kelompok separatis '
            'bersenjata yang melakukan penembakan terhadap dua kendaraan operasional PT Freeport Indonesia, '
            'pada Sabtu pagi.')
    an, ms = build(text, "2017-10-22", [("Brimob", "organization"), ("PT Freeport Indonesia", "organization")])
    crime = one(extract_events(an, ms), "crime")
    assert names_of(ms, crime.targets) == ["PT Freeport Indonesia"]


def test_an_act_at_the_same_time_takes_the_day_told_just_before():
    text = ('"Dia diperiksa sebagai saksi untuk tersangka WIU (Wilhelmus Iwan Ulumbu)," kata Juru Bicara KPK '
            'Febri Diansyah saat dikonfirmasi, Selasa (20/2). Wilhelmus merupakan salah tersangka dalam kasus '
            'ini. Secara bersamaan, Wilhelmus juga diperiksa sebagai saksi untuk Marianus, yang juga calon '
            'gubernur NTT usungan PDIP dan PKB.')
    an, ms = build(text, "2018-02-21", [("Febri Diansyah", "person"), ("Wilhelmus Iwan Ulumbu", "person"),
                                        ("Wilhelmus", "person"), ("Marianus", "person"), ("KPK", "organization")])
    inquiry = [e for e in extract_events(an, ms) if e.category == "investigation"][-1]
    assert inquiry.date == "2018-02-20"
