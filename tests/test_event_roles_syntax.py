"""Event roles from general sentence patterns (issue 10, branch evroles4): who a meeting noun is
held "dengan"; the "pelaku" of a crime told where its arrest is; who "mengalami" a mishap or
whom it is "dialami"; a person set off by a comma after a short description of the object; the
person a described relative clause ("X, imam ... yang ditahan") is about; the body in the title
of an official giving aid; who acts "bersama" the subject; the name right after a crime
described as a suspect's or convict's ("terpidana penyelundupan narkoba Mary Jane Veloso"). Real sentences of dev articles (shared/data/news/indosum_dev.jsonl);
the mentions are built as in test_event_roles_dates.py (the entity stage's output)."""
from kg.extract.events import extract_events

from tests.test_event_roles_dates import build, names_of, one


def test_who_a_meeting_is_held_with_takes_part():
    text = ("Menteri Pertanian Amran Sulaiman melakukan rapat tertutup dengan Menteri Perdagangan "
            "Enggartiasto Lukita di Kementerian Pertanian.")
    an, ms = build(text, "2017-03-28", [("Amran Sulaiman", "person"), ("Enggartiasto Lukita", "person"),
                                        ("Kementerian Pertanian", "organization")])
    meeting = one(extract_events(an, ms), "meeting")
    assert names_of(ms, [meeting.organizer]) == ["Amran Sulaiman"]
    # the place after the side ("di Kementerian Pertanian") does not join it
    assert names_of(ms, meeting.participants) == ["Enggartiasto Lukita"]


def test_no_side_past_a_common_noun_after_dengan():
    text = "Pihak manajemen Sevilla telah menggelar pertemuan dengan agen Jesus Navas di Sevilla."
    an, ms = build(text, "2017-05-15", [("Jesus Navas", "person"), ("Sevilla", "organization")])
    meeting = one(extract_events(an, ms), "meeting")
    assert "Jesus Navas" not in names_of(ms, meeting.participants)


PULOMAS = ("Jakarta, CNN Indonesia -- Kapolri Jenderal Tito Karnavian menyatakan dua pelaku pembunuhan di "
           "Pulomas, Jakarta Timur, telah ditangkap pihak kepolisian. Salah satu di antaranya tewas karena "
           "kehabisan darah. Sementara Kepala Bagian Mitra Biro Penmas Humas Mabes Polri, KomBes Pol Awi "
           "Setiyono menyatakan, kedua pelaku ditangkap sekitar pukul 15.30 WIB di Tambun, Jatiasih. Kedua "
           "pelaku yang ditangkap adalah Ramlan Butarbutar dan Erwin Situmorang.")


def test_the_pelaku_of_a_crime_told_where_its_arrest_is_did_it():
    names = [("Tito Karnavian", "person"), ("Awi Setiyono", "person"), ("Ramlan Butarbutar", "person"),
             ("Erwin Situmorang", "person"), ("Pulomas", "place"), ("Tambun", "place")]
    an, ms = build(PULOMAS, "2016-12-29", names)
    events = extract_events(an, ms)
    arrest, crime = one(events, "arrest"), one(events, "crime")
    assert set(names_of(ms, arrest.targets)) == {"Ramlan Butarbutar", "Erwin Situmorang"}
    assert set(names_of(ms, [crime.organizer, *crime.co_agents])) == {"Ramlan Butarbutar", "Erwin Situmorang"}


def test_who_undergoes_a_mishap_is_its_patient():
    text = ("JAKARTA (Pos Kota) – Pemeriksaan polisi terhadap mobil yang ditumpangi Ketua DPR Setya Novanto "
            "yang mengalami kecelakaan pada Kamis (16/11) lalu, menghasilkan fakta tak ada darah di mobil "
            "Fortuner tersebut.")
    an, ms = build(text, "2017-11-19", [("Setya Novanto", "person")])
    crash = one(extract_events(an, ms), "disaster")
    assert names_of(ms, crash.targets) == ["Setya Novanto"]


def test_the_one_a_mishap_is_dialami_by_is_its_patient():
    text = ("Bandung (ANTARA News) - Dua atlet terjun payung dari kontingen Jawa Tengah dan Yogyakarta mengalami "
            "insiden tidak dapat mengembangkan parasut dan pingsan saat berlaga terjun payung di Kabupaten "
            "Pangandaran, Jawa Barat, Selasa. Insiden selanjutnya dialami Endang Trilibrata Elma Rahmawati "
            "atlet dari kontingen Daerah Istimewa Yogyakarta yang pingsan karena dehidrasi.")
    an, ms = build(text, "2016-09-23", [("Endang Trilibrata Elma Rahmawati", "person")])
    patients = {n for e in extract_events(an, ms) if e.category == "disaster" for n in names_of(ms, e.targets)}
    assert patients == {"Endang Trilibrata Elma Rahmawati"}


def test_person_set_off_after_a_description_of_the_object():
    text = ("Jakarta, CNN Indonesia -- Komisi Pemberantasan Korupsi kembali meminta keterangan mantan "
            "kontributor MetroTV, Hilman Mattauch, Selasa (9/1).")
    an, ms = build(text, "2018-01-10", [("Komisi Pemberantasan Korupsi", "organization"),
                                        ("MetroTV", "organization"), ("Hilman Mattauch", "person")])
    inquiry = one(extract_events(an, ms), "investigation")
    assert names_of(ms, inquiry.targets) == ["Hilman Mattauch"]
    assert names_of(ms, [inquiry.organizer]) == ["Komisi Pemberantasan Korupsi"]


def test_suspects_set_off_after_a_crime_are_no_victims():
    # fresh corpus text (no gold): the suspects named after "Tersangka kasus penipuan ..., "
    text = ("Jakarta, CNN Indonesia -- Tersangka kasus penipuan jamaah umrah First Travel, Andika Surachman, "
            "Anniesa Hasibuan dan Siti Nuraidah Hasibuan tidak kooperatif setiap menjalani pemeriksaan polisi.")
    names = [("Andika Surachman", "person"), ("Anniesa Hasibuan", "person"),
             ("Siti Nuraidah Hasibuan", "person"), ("First Travel", "organization")]
    an, ms = build(text, "2017-09-17", names)
    crime = one(extract_events(an, ms), "crime")
    assert not names_of(ms, crime.targets)
    # ... they did it
    assert names_of(ms, [crime.organizer, *crime.co_agents]) == [
        "Andika Surachman", "Anniesa Hasibuan", "Siti Nuraidah Hasibuan"]


def test_the_name_after_a_described_crime_is_its_doer():
    text = ("Serang, Banten (ANTARA News) - Presiden Joko Widodo mengatakan Presiden Filipina Rodrigo Duterte "
            "mempersilakan eksekusi hukuman mati terhadap terpidana penyelundupan narkoba Mary Jane Veloso.")
    names = [("Joko Widodo", "person"), ("Rodrigo Duterte", "person"), ("Mary Jane Veloso", "person")]
    an, ms = build(text, "2016-09-09", names)
    crime = one(extract_events(an, ms), "crime")
    assert names_of(ms, [crime.organizer]) == ["Mary Jane Veloso"]


def test_whose_family_suffered_a_crime_is_not_its_doer():
    # fresh corpus text (no gold)
    text = ("Rimanews - Polda Sumatera Utara baru menangkap dua pelaku pembunuhan keluarga Rianto di Kelurahan "
            "Mabar, Kecamatan Medan Deli, sedangkan tersangka utama Andi Lala masih dalam perburuan.")
    names = [("Polda Sumatera Utara", "organization"), ("Rianto", "person"), ("Andi Lala", "person")]
    an, ms = build(text, "2017-04-14", names)
    for e in extract_events(an, ms):
        if e.category == "crime":
            assert "Rianto" not in names_of(ms, [e.organizer, *e.co_agents])


def test_the_person_a_described_relative_clause_is_about_is_the_patient():
    text = ("Jakarta, CNN Indonesia -- Pemerintah menegaskan bahwa Daud Rasyid Harun, imam Indonesia di "
            "masjid New York yang ditahan pihak imigrasi Amerika Serikat, sama sekali tidak terkait dengan "
            "kasus kriminal.")
    an, ms = build(text, "2017-06-29", [("Daud Rasyid Harun", "person"), ("New York", "place"),
                                        ("Amerika Serikat", "place")])
    arrest = one(extract_events(an, ms), "arrest")
    assert names_of(ms, arrest.targets) == ["Daud Rasyid Harun"]


def test_no_patient_from_a_speakers_frame():
    # fresh corpus text (no gold): "Menurut <title> X, kedua tersangka ... yang sudah ditangkap"
    text = ("Menurut Kabid Humas Polda Sumut Kombes Pol Rina Sari Ginting, kedua tersangka pembunuh yang "
            "sudah ditangkap adalah Roni dan Andi Saputra.")
    an, ms = build(text, "2017-04-14", [("Rina Sari Ginting", "person"), ("Polda Sumut", "organization"),
                                        ("Roni", "person"), ("Andi Saputra", "person")])
    for e in extract_events(an, ms):
        assert "Rina Sari Ginting" not in names_of(ms, e.targets)


def test_aid_by_a_titled_official_is_given_by_the_body_too():
    text = ("Seorang warga Kecamatan Pangantikan, Kabupaten Garut, Jawa Barat, meninggal dunia pada Jumat "
            "(15/12) malam akibat penyakit jantung. Kambuhnya penyakit jantung yang diderita Kusnasi (61) "
            "diketahui akibat gempa bumi yang menerjang kawasan pantai selatan Jawa. Kepala Pelaksana BPBD "
            "Garut, Dadi Djakaria bersama Muspika Pangatikan melakukan takziah ke rumah korban sekaligus "
            "memberikan santunan.")
    names = [("BPBD Garut", "organization"), ("Dadi Djakaria", "person"), ("Muspika Pangatikan", "organization"),
             ("Kusnasi", "person")]
    an, ms = build(text, "2017-12-17", names, titles={"Dadi Djakaria": ("Kepala Pelaksana BPBD Garut",)})
    aid = one(extract_events(an, ms), "aid")
    assert "BPBD Garut" in names_of(ms, [aid.organizer, *aid.co_agents])



def test_who_acts_bersama_the_subject_takes_part():
    # the entity stage types "Muspika Pangatikan" (the district leaders) as a person
    text = ("Kepala Pelaksana BPBD Garut, Dadi Djakaria bersama Muspika Pangatikan melakukan takziah ke "
            "rumah korban sekaligus memberikan santunan.")
    names = [("BPBD Garut", "organization"), ("Dadi Djakaria", "person"), ("Muspika Pangatikan", "person")]
    an, ms = build(text, "2017-12-17", names, titles={"Dadi Djakaria": ("Kepala Pelaksana BPBD Garut",)})
    aid = one(extract_events(an, ms), "aid")
    assert names_of(ms, [aid.organizer]) == ["Dadi Djakaria"]
    assert names_of(ms, aid.participants) == ["Muspika Pangatikan"]


def test_the_one_inquiring_body_of_an_article_does_its_inquiries_told_without_a_doer():
    text = ("Polda Metro Jaya sebelumnya sudah memeriksa Sandi. Kepolisian juga telah meminta keterangan "
            "rekan bisnis Sandi, Andreas Tjahjadi, yang turut menjadi tertuduh dalam laporan penggelapan "
            "tanah itu.")
    an, ms = build(text, "2017-07-05", [("Polda Metro Jaya", "organization"), ("Sandi", "person"),
                                        ("Andreas Tjahjadi", "person")])
    inquiries = [e for e in extract_events(an, ms) if e.category == "investigation"]
    questioned = [e for e in inquiries if "Andreas Tjahjadi" in names_of(ms, e.targets)]
    assert questioned and names_of(ms, [questioned[0].organizer]) == ["Polda Metro Jaya"]
