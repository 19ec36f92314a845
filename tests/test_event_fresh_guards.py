"""Guards against the kinds of false events a hand check of fresh corpus text found (TUNE-A of
tests/data/events_fresh_check), each on a real corpus sentence, beside a close real event that
stays one."""
from __future__ import annotations

from kg.extract.events import extract_events
from kg.ingest_types import Article

from test_events import analyzed, mentions_for, one


def cats(text, names, date):
    events, _ = one(text, names, date)
    return [e.category for e in events]


def article_cats(text, names, date):
    an = analyzed(Article(id="a", title="t", text=text, date=date))
    return [e.category for e in extract_events(an, mentions_for(an, names))]


def test_intended_acts_are_no_events():
    # "intended" (indosum-1480465210): resolved to give aid, not given
    assert "aid" not in cats("Selain itu mereka juga bertekad memberikan bantuan bagi WNI yang hendak gabung "
                             "ISIS ke Suriah,\" katanya.", [("ISIS", "organization"), ("WNI", "organization"),
                                                             ("Suriah", "place")], "2016-11-30")


def test_urged_happenings_are_no_events():
    # "urged" (indosum-1480465210): the aim of a plan, a riot not happened
    assert "crime" not in cats("Mantan Kapolda Banten itu mengatakan, tujuan rencana ini agar kelompok tersebut "
                               "bisa berhadapan langsung dengan aparat saat kericuhan.", [], "2016-11-30")
    # "urged" past a relative clause (indosum-1494467560): the decision the prosecutor asks for
    text = ("\"Menuntut supaya majelis hakim pengadilan tindak pidana korupsi yang mengadili perkara ini "
            "memutuskan terdakwa Fahmi Darmawansyah terbukti secara sah dan meyakinkan melakukan tindak pidana "
            "korupsi,\" kata jaksa penuntut umum pada KPK, Kiki Ahmad Yani, seperti dilansir Antara, Rabu (10/5).")
    assert "decision" not in cats(text, [("Fahmi Darmawansyah", "person"), ("Kiki Ahmad Yani", "person"),
                                         ("KPK", "organization")], "2017-05-11")


def test_places_won_are_no_arrests():
    # "sport-metaphor" (indosum-1495404900)
    assert "arrest" not in cats("Tim besutan Christian Streich itu wajib meraih kemenangan demi mengamankan satu "
                                "tiket ke Eropa musim depan.", [("Christian Streich", "person")], "2017-05-22")


def test_health_checks_are_no_investigations():
    # "medical" (indosum-1487656850)
    assert "investigation" not in cats("Ketiga pria tersebut sudah diperiksa kondisinya oleh petugas dari klinik "
                                       "kesehatan setempat dan tidak mengalami cedera.", [], "2017-02-21")


def test_chances_and_long_standing_states_are_no_events():
    # "possibility" (indosum-1513973877)
    assert "crime" not in cats("Fikri juga merasa ada yang aneh dengan kasus tersebut, dimana Zulkifli memberikan "
                               "waktu dua minggu untuk merevisi surat keputusan, yang tentu saja membuka peluang "
                               "terjadi tindakan pidana suap yang dilakukan gubernur Riau saat itu.",
                               [("Fikri", "person"), ("Zulkifli", "person")], "2017-12-23")
    # "long-standing" (indosum-1505213213)
    assert "crime" not in cats("Rohingya telah lama mendapat diskriminasi hingga penyiksaan di Myanmar.",
                               [("Myanmar", "place")], "2017-09-12")


def test_plans_announced_are_no_announcements():
    # "plan-announcement" (indosum-1512601200, indosum-1507699200)
    assert "announcement" not in cats("Dom Hofmann mengumumkan rencananya untuk melakukan follow-up Vine meskipun "
                                      "apa dan bagaimana bentuknya masih menjadi misteri.",
                                      [("Dom Hofmann", "person")], "2017-12-07")
    assert "announcement" not in cats("Pada 2015, ia mengumumkan untuk menggelar tur untuk kali pertama setelah "
                                      "11 tahun absen dari tur.", [], "2017-10-11")
    # an announcement of a decision made stays one
    assert "announcement" in cats("Sebelumnya, Bank Sentral AS mengumumkan kenaikan suku bunga acuan dari 1,25 "
                                  "persen ke angka 1,5 persen bulan Desember lalu.",
                                  [("Bank Sentral AS", "organization")], "2017-12-27")


def test_business_choices_are_no_decisions():
    # "business-choice" (indosum-1499911200)
    assert "decision" not in cats("Sementara itu, Carro merupakan marketplace kendaraan asal Singapura yang juga "
                                  "memutuskan untuk ekspansi ke pasar Indonesia.",
                                  [("Carro", "organization"), ("Singapura", "place"), ("Indonesia", "place")],
                                  "2017-07-13")


def test_time_ahead_and_careers_are_no_events():
    # "planned" (indosum-1515129300): a concert series still ahead
    names = [("Lady Gaga", "person"), ("Las Vegas", "place"), ("Celine Dion", "person")]
    assert "ceremony" not in cats("Pelantun My Heart Will Go On itu menilai Lady Gaga paham berbagai hal yang perlu "
                                  "dilakukan saat konser residensi selama dua tahun ke depan di Las Vegas.",
                                  names, "2018-01-05")
    # "career": what a singer has done, not one concert
    assert "ceremony" not in cats("Celine Dion merupakan salah satu penyanyi yang berpengalaman menjalani konser "
                                  "residensi di Las Vegas.", names, "2018-01-05")
    # ... a span ahead of an act done is no plan: "dicegah ... untuk enam bulan ke depan" (dev gold)
    assert cats("Sehari kemudian, Zumi dicegah Direktorat Jenderal Imigrasi Kementerian Hukum dan HAM, atas "
                "permintaan KPK, berpergian ke luar negeri untuk enam bulan ke depan.",
                [("Zumi", "person"), ("KPK", "organization")], "2018-02-02")


RACE = ("MONTE CARLO, JUARA.net - Tim Pertamina Arden belum dinaungi keberuntungan pada balapan kedua (sprint race) "
        "Formula 2 (F2) di Sirkuit Monaco, Monte Carlo, Sabtu (27/5 / 2017).\n\n"
        "Dua pebalap mereka, Norman Nato (Prancis) dan Sean Gelael (Indonesia), gagal mendulang poin pada balapan "
        "yang berlangsung dalam 30 putaran tersebut.\n\n"
        "Nato sudah harus meninggalkan lintasan saat balapan baru berjalan empat putaran karena ditabrak pebalap "
        "tim Prema Racing, Charles Leclerc, di tikungan ke-19.\n\n")


def test_play_in_sport_articles_is_no_event():
    # "sport-play" (indosum-1496043000): a crash in a race
    names = [("Norman Nato", "person"), ("Nato", "person"), ("Charles Leclerc", "person")]
    assert "disaster" not in article_cats(RACE, names, "2017-05-29")
    # (indosum-1515454514): an away match, not a visit
    match = ("Real Madrid gagal kembali ke jalur kemenangan dalam lanjutan La Liga Spanyol musim ini setelah dipaksa "
             "bermain imbang 2 - 2 saat berkunjung ke markas Celta Vigo di Estadio de Balaidos, Senin (8/1).\n\n"
             "Hasil imbang ini merupakan catatan negatif setelah Los Blancos terakhir dikalahkan pemuncak klasemen "
             "Barcelona di El Clasico.\n\n"
             "Zinedine Zidane melakukan rotasi pada skuat Madrid untuk laga ini.\n\n")
    assert "visit" not in article_cats(match, [("Real Madrid", "organization"), ("Celta Vigo", "organization")],
                                       "2018-01-09")
    # a club's decision is news (indosum-1501197300, TUNE-B)
    club = match + "Mourinho sempat mengantar The Blues juara Liga Inggris namun kemudian dipecat musim berikutnya.\n\n"
    assert "decision" in article_cats(club, [("Mourinho", "person")], "2018-01-09")


def test_habits_told_past_a_quote_are_no_events():
    # "habitual" (indosum-1519857000): how the authorities word things, not one arrest or killing
    got = cats("Otoritas Turki sering menggunakan kata \"ditaklukan\" dalam pernyataan mereka untuk menyiratkan "
               "teroris yang bersangkutan menyerah, terbunuh atau tertangkap.", [("Turki", "place")], "2018-02-28")
    assert "arrest" not in got and "crime" not in got
