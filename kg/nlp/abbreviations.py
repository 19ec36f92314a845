"""Abbreviation lists for the rule-based tokenizer (case-sensitive, written without the dot)."""
from __future__ import annotations

# Titles, honorifics, address and legal words: always followed by more of the same sentence.
TITLES = frozenset("""
Kab Kec Kel Prov Ds Dsn Kp Gg Jl Jln Jend Blk Kav Komp Perum
Dr dr drg Drs Dra Ir Hj Prof Sdr Sdri Bpk Bp Ny Nn Tn Yth yth Kol Let Kapt Purn Pdt Ust KH
Sp med Mr Mrs Ms Mt Gn St
No Ps ps Jo jo hlm Hlm Tlp Telp telp Fax Tgl tgl Pkl pkl Ref Vol vol vs Vs
Rp Uu Ket ket Alm Almh PT CV
""".split())

# May end a sentence: break after them when a capitalised word follows.
FINAL = frozenset("""
dll dsb dst dkk tsb Tbk Ltd Inc Co Corp Bhd Pte LLC Plc Jr Sr
""".split())

# Words after which a capital letter + dot is a label ("Serie A.", "hepatitis B."), not an initial.
LETTER_LABELS = frozenset("""
serie seri grup group hepatitis vitamin kelas tipe type blok zona plan huruf kategori paket
poin pasal ayat golongan gol divisi liga opsi hari
""".split())

# Top-level domains accepted in bare domain names (Merdeka.com, bumn.go.id).
TLDS = ("com", "id", "net", "org", "co", "go", "ac", "or", "sch", "tv", "info", "io", "me",
        "uk", "gov", "edu", "my", "sg", "biz", "news", "asia", "int", "ly", "fm", "de", "fr",
        "au", "jp", "cn", "ru", "us", "kr", "web", "mil")

CURRENCIES = ("US$", "S$", "A$", "HK$", "Rp", "RM", "$", "€", "£", "¥")

# Function words that often open a sentence and are never part of a name: after an initial
# or a dotted title ("Windows 10 S. Dalam ...", "hari H. Padahal ...") they start a new sentence.
SENTENCE_STARTERS = frozenset("""
Namun Selain Di Ia Sementara Dalam Dia Pada Menurut Mereka Saat Saya Setelah Untuk Meski Dengan
Tapi Sebelumnya Kamu Tak Dari Jadi Kami Jika Sedangkan Ini Itu Seperti Dan Karena Kalau Bahkan
Tidak Ada Beberapa Menurutnya Kemudian Berdasarkan Adapun Pasalnya Sebagai Ketika Para Padahal
Hingga Bagi Akan Sebelum Hanya Bukan Sebab Kini Secara Sejak Berikut Kendati Lalu Kita Apalagi
Oleh Sejumlah Selama Melalui Meskipun Selanjutnya Sehingga Semua Keduanya Tetapi Terkait
Sayangnya Belum Anda Sejauh Mungkin Begitu Sekarang Tentu Nah Setiap Maka Kepada Artinya Sebanyak
Apa Nantinya Sudah Misalnya Masih Akibat Bagaimana Walau Biasanya Tanpa Apakah Hasilnya Alhasil
Sebaliknya Akibatnya Bila Nanti Kala Bisa Sekitar Kemungkinan Yang Juga Telah Sedang Pun
""".split())
