"""The events of one article: trigger occurrences merged into one event per happening (later
mentions, "pelatihan itu", "acara tersebut", join it), and quoted speakers as its sources."""
from __future__ import annotations

import re
from dataclasses import replace
from typing import Sequence

from kg.extract.dates import find_dates
from kg.extract.events.attribution import _reported, _sources
from kg.extract.events.drafts import _Draft, _Occurrence, _add, _match_at, _trigger_sentence, _words
from kg.extract.events.lexicon import load_lexicon
from kg.extract.events.place_date import _date_for, _interval, _later, _place_for, _statement_date, late_date
from kg.extract.events.roles import (AREA_RE, INQUIRY_BODY_RE, _acts, PARTICIPANT_CUES, VICTIM_WORDS, _after_cue, _body_start, _coordinated,
                                     _groups, _listed_patients, _pronoun_roles, _read_roles, _title_org)
from kg.extract.events.triggers import (BALL_WORDS, FICTION_CATEGORIES, MATCH_WORDS, PRODUCT_WORDS, SHOW_WORDS,
                                       SPORT_WORDS, _find_occurrences)
from kg.extract.types import EntityMention, Event, Provenance, Quote
from kg.nlp.types import AnalyzedArticle


OUTCOME_CATEGORIES = {"decision", "election", "agreement", "announcement"}
CAUSE_WORDS = {"menyusul", "pasca", "akibat", "karena"}



REPORTED_WORDS = {"diberitakan", "dikabarkan"}


def _earlier_told(words) -> bool:
    """"sebelumnya" among the words, as an earlier act ("X sebelumnya sudah memeriksa"), not
    the reporting phrase "Sebelumnya diberitakan" / "seperti diberitakan sebelumnya"."""
    plain = [w for w in words if w.isalpha()]
    return any(w == "sebelumnya" and not {*plain[max(0, i - 1):i], *plain[i + 1:i + 2]} & REPORTED_WORDS
               for i, w in enumerate(plain))


def extract_events(analyzed: AnalyzedArticle, mentions: Sequence[EntityMention],
                   quotes: Sequence[Quote] = ()) -> list[Event]:
    """Events of one article, merged per article, ids "e0", "e1", ... in order of first mention.
    With the quotes, the speaker of a "katanya usai meresmikan ..." sentence is known."""
    lexicon = load_lexicon()
    by_sentence: dict[int, list[EntityMention]] = {}
    for m in mentions:
        by_sentence.setdefault(m.provenance.sentence_index, []).append(m)
    by_id = {m.id: m for m in mentions}
    speaker_of = {}
    for q in quotes:
        if q.speaker in by_id:
            # the quote's sentence, and the one its attribution after the closing mark opens
            after = next((x.index for x in analyzed.sentences if x.start <= q.end + 1 < x.end), None)
            for k in (q.provenance.sentence_index, after):
                if k is not None:
                    speaker_of.setdefault(k, by_id[q.speaker])
    art = analyzed.article
    # words of the names of persons the article gives an office ("Panglima TNI Gatot Nurmantyo")
    titled = {w for m in mentions if m.kind == "person" and m.titles for w in m.name.split()}
    drafts: list[_Draft] = []
    last: _Draft | None = None
    planned_types = set()
    for occ in _find_occurrences(analyzed, lexicon, by_sentence):
        if occ.kind == "planned":
            planned_types.add(occ.trigger.type)
            # "Festival Danau Poso akan digelar 2 hingga 5 November": the festival named before
            # (with no written date of its own) has not happened yet
            for d in drafts:
                if d.type == occ.trigger.type and d.own_date is None:
                    d.planned = True
            continue
        if occ.kind == "none":
            continue
        if occ.kind != "generic" and _unreal(occ):
            continue
        if occ.kind != "generic" and _future_day(occ.sentence, art.date):
            # "menggelar acara festival beduk ... tanggal 24, malam takbiran" told on 21 June:
            # the day written is still ahead, as a planned mention
            planned_types.add(occ.trigger.type)
            continue
        if occ.kind == "mishap":
            # "mengalami insiden": the event told before, or else an accident of its own
            occ = replace(occ, kind="generic" if last is not None else "frame")
        s = occ.sentence
        date = _date_for(analyzed, s, s.tokens[occ.tok_start].start, occ.kind == "frame")
        draft = None
        if occ.kind == "generic":
            draft = last
        else:
            same = [d for d in drafts if d.type == occ.trigger.type]
            if occ.kind == "frame" and same and occ.tok_start > 0 \
                    and _words(s)[occ.tok_start - 1] in CAUSE_WORDS:
                # "menunda kampanye pada Minggu (4/6) menyusul serangan teror": the attack
                # told before, not a new one, and the sentence's actors are not its own
                draft = same[-1]
                occ = replace(occ, kind="weak")
            elif occ.kind == "frame":
                iso, dtext, own = date
                # only two written dates can tell events apart ("kemarin" may be a day off)
                written = own and _written(dtext)
                earlier = written and re.match(r"\s*Sebelumnya\b(?!,?\s+(diberitakan|dikabarkan))", s.text) is not None
                # "Polda Metro Jaya sebelumnya sudah memeriksa Sandi" after one dated 20/6: an
                # earlier act, told without a date
                before_date = not own and _earlier_told(_words(s)[:occ.tok_start])
                # "Di hari yang sama, sejumlah perusahaan ... diserang", "Sementara itu ... Boonsong
                # ... sudah divonis", "Kepolisian juga telah meminta keterangan ... Andreas": the
                # same kind of act done to others, told as another one
                others = _other_actors(s, occ, by_sentence.get(s.index, [])) \
                    if _another(s, occ) else set()
                split_from = None
                for d in same:
                    if before_date and d.own_date:
                        continue
                    if others - _actor_names(d, by_id) and not others & _actor_names(d, by_id, True) \
                            and s.index not in d.sentences:
                        split_from = d
                        continue
                    # ... or a written year other than the event's: "Pada 2001, ... tewas dalam
                    # kebakaran" after this year's fire
                    other_year = written and iso and d.date and iso[:4] != d.date[:4]
                    if not (written and (d.own_date or earlier) and iso and d.own_date != iso
                            or other_year):
                        draft = d
                        break
                # "Kongres PSSI akan ... . ... pelaksanaan Kongres PSSI ...": later undated mentions
                # of a planned happening are the same planned one
                if draft is None and occ.trigger.type in planned_types and not written:
                    continue
                # "pelaku bom bunuh diri ... . ... sudah menabrak banyak orang", "bom tersebut
                # meledak pada hari Sabtu": the explosion or crash of an attack told before
                attack = _attack_of(occ, drafts, date) if draft is None else None
                if attack is not None:
                    draft = attack
                    attack.absorbed = True
                if draft is None:
                    t = occ.trigger
                    new = _Draft(t.type, occ.label, category=t.category, trigger=" ".join(
                        tok.text for tok in s.tokens[occ.tok_start:occ.tok_end]),
                        trigger_span=(s.tokens[occ.tok_start].start, s.tokens[occ.tok_end - 1].end))
                    _fill(new, occ, date, by_sentence.get(s.index, []), art.id, art.date,
                          speaker_of.get(s.index))
                    if _accepted(new, t.form, analyzed, by_sentence.get(s.index, []), titled):
                        # "Di hari yang sama, sejumlah perusahaan ... diserang": that act's day
                        if split_from is not None and new.date is None and split_from.date \
                                and SAME_DAY_RE.match(s.text):
                            new.date, new.date_text = split_from.date, split_from.date_text
                        drafts.append(new)
                        last = new
                    continue
            elif same:
                draft = same[-1]
        if draft is None:
            continue
        last = draft
        _fill(draft, occ, date, by_sentence.get(s.index, []), art.id, art.date, speaker_of.get(s.index))
    # "Nyono ... terjaring operasi tangkap tangan KPK. Ia diduga menerima hadiah ..., pada Sabtu,
    # 3 Februari 2018.": a sentence that goes on about the subject (a pronoun) dates the event
    for d in drafts:
        for nxt in sorted(i + 1 for i in d.sentences):
            if d.date is not None and re.search(r"\d", d.date_text or ""):
                break
            # "... hari ini. Ia ditetapkan sebagai tersangka ... pada Selasa (16/5)": that
            # sentence dates its own event
            if any(nxt in e.sentences for e in drafts if e is not d):
                break
            if nxt < len(analyzed.sentences) and re.match(
                    r"(Ia|Dia|Mereka|Keduanya|Ketiganya|Keempatnya)\b", analyzed.sentences[nxt].text):
                s2 = analyzed.sentences[nxt]
                found = [x for x in find_dates(s2.text, art.date) if x[3] and re.search(r"\d", x[2])
                         and not _reported(s2, s2.start + x[0], -1)]
                if found:
                    d.date, d.date_text = found[0][3], found[0][2]
    # "Massa ... di luar lokasi sidang, melakukan protes": a dateless event told in a sentence
    # of a dated one happens that day
    for d in drafts:
        if d.date is None:
            # ... unless both are told there: "menangkap ... pelaku pengeroyokan"
            other = next((e for e in drafts if e.date and (e.date_sentence in d.sentences or (
                (e.sentences - e.frames) & d.sentences))), None)
            if other:
                d.date, d.date_text = other.date, other.date_text
    for d in drafts:
        if d.date is None and d.date_text is None and d.said:
            d.date, d.date_text = d.said     # "..., kata Bima di Sampit, Kamis": the day it was told
        s = _trigger_sentence(analyzed, d)
        if d.date is None and d.category == "announcement" and s is not None:
            # "X menggelar jumpa pers ... . "...," beber X di Mapolda, Rabu (21/6).": a press
            # conference is the day of the statements told from it
            d.date = _statement_date(analyzed, s, quoted=True)
    # "Donald Trump pada Minggu (25/9) memberitahu Netanyahu ... . Dalam pertemuan ... dengan
    # Netanyahu ...": a lead sentence with no event of its own dates the event told right after
    if analyzed.sentences and not any(0 in d.sentences for d in drafts):
        s0 = analyzed.sentences[0]
        lead = [x for x in find_dates(s0.text, art.date) if x[3] and _written(x[2])
                and not _reported(s0, s0.start + x[0], -1) and not _later(x[3], art.date)]
        for d in drafts:
            if d.date is None and min(d.sentences) == 1 and len(lead) == 1:
                d.date, d.date_text = lead[0][3], lead[0][2]
    for d in drafts:
        first = min(d.sentences)
        if d.category == "disaster" and not d.targets:
            # "Pesawat ... itu diawaki oleh Kapten Victor Chachon dan seorang siswa ...": the
            # crew and victims named in the next two sentences
            for s2 in analyzed.sentences[first + 1:first + 3]:
                if VICTIM_WORDS & set(_words(s2)):
                    ms2 = by_sentence.get(s2.index, [])
                    said = {m.id for m in _sources(s2, ms2)}
                    _add(d.targets, *[m.id for m in ms2 if m.kind == "person" and m.id not in said
                                      and not _acts(s2, m)])
        if d.organizer is None and d.category in OUTCOME_CATEGORIES and first > 0:
            # "Tiga poin dihasilkan pada Rapat Pleno DPD Golkar ... . Salah satunya, menetapkan
            # dukungan ...": what a meeting decides, told right after it, is done by its host
            host = next((e for e in drafts if e.category == "meeting" and e.organizer
                         and first - 1 in e.frames), None)
            lead = re.match(r"\s*(Salah satunya|Di antaranya|Antara lain|Pertama|Kedua|Ketiga)\b",
                            analyzed.sentences[first].text)
            if host and lead:
                d.organizer = host.organizer
    for d in drafts:
        _pronoun_roles(analyzed, d, by_sentence)
        late_date(analyzed, d, [e for e in drafts if e is not d])  # the last date pass, once the article's other dates are read
    for d in drafts:
        if d.category in {"arrest", "investigation", "trial"}:
            _add(d.targets, *_listed_patients(analyzed, d, by_sentence))
    # "vonis penjara terhadap Ratu Atut ... . Vonis itu lebih ringan dari tuntutan jaksa": the
    # hearings of one article's case try the one defendant named
    tried = {tuple(e.targets) for e in drafts if e.category == "trial" and e.targets}
    if len(tried) == 1:
        for d in drafts:
            # ... not the one who appeals: "Antasari mengajukan banding"
            doer = by_id[d.organizer].name if d.organizer in by_id else None
            if d.category == "trial" and not d.targets and doer not in {
                    by_id[t].name for t in next(iter(tried)) if t in by_id}:
                _add(d.targets, *next(iter(tried)))
    for d in drafts:
        # "Polisi menangkap RO (53) ... karena mencabuli lima gadis": the arrested did it
        # ... or named as its subject: "Tersangka, TA ... dan HAH, ... setelah ia menyerang Hendra"
        s = _trigger_sentence(analyzed, d)
        named = {m.id for m in by_sentence.get(s.index, []) if m.provenance.start < d.trigger_span[0]} \
            if s is not None else set()
        # ... or the "pelaku" of the act told where the arrest is: "dua pelaku pembunuhan di
        # Pulomas ... telah ditangkap" (the arrest's trigger told later, its suspects named there)
        arrests = [e for e in drafts if e.category == "arrest" and e.targets and e is not d
                   and e.trigger_span[0] >= 0]
        doers_of = s is not None and len(arrests) == 1 and re.search(
            r"\bpelaku\s+$", analyzed.article.text[s.start:max(s.start, d.trigger_span[0])], re.I) \
            and re.search(r"\b(di|ter)(tangkap|bekuk|ringkus|ciduk|amankan|tahan)\b",
                          analyzed.article.text[d.trigger_span[1]:s.end])
        arrest = next((e for e in arrests if _same_sentence(analyzed, e, d) or named & set(e.targets)
                       or doers_of), None)
        if d.category == "crime" and d.organizer is None and arrest is not None:
            doers = arrest.targets if _same_sentence(analyzed, arrest, d) or doers_of else \
                [t for t in arrest.targets if t in named]
            d.organizer = doers[0]
            _add(d.co_agents, *doers[1:])
    # "Sultan Azianzah menyerang Pos Polisi ... . "Saat ini pelaku sudah dilumpuhkan ...": the
    # perpetrator of the article's one crime with a named doer is who the arrest is done to
    crimes = [e for e in drafts if e.category == "crime" and e.organizer]
    for d in drafts:
        if d.category in {"arrest", "investigation", "trial"} and not d.targets and len(crimes) == 1:
            s = _trigger_sentence(analyzed, d)
            if s is not None and re.search(r"\b([Pp]elaku|[Tt]ersangka)\b(?!\s+[A-Z])", s.text[:d.trigger_span[0] - s.start]) \
                    and crimes[0].organizer != d.organizer:
                _add(d.targets, crimes[0].organizer, *crimes[0].co_agents)
    if drafts and not drafts[0].sources:
        # the lead event: "X terjepit lift ... . Kanit Reskrim Polsek Y, AKP Z, membenarkan
        # hal ini.": a speaker of the next two sentences reports it
        first = min(drafts[0].sentences)
        for s2 in analyzed.sentences[first + 1:first + 3]:
            _add(drafts[0].sources, *[m.id for m in _sources(s2, by_sentence.get(s2.index, []))])
    for d in drafts:
        _police_agent(analyzed, d, by_sentence)
        _fronted_clause_agent(analyzed, d, by_sentence, speaker_of)
        _speaker_in_meeting(analyzed, d, by_sentence)
        _visited(analyzed, d, by_sentence)
    for d in drafts:
        if d.category == "trial":
            _court_speakers(analyzed, d, by_id)
    _case_body(drafts, by_id)
    # "Presiden Jokowi mereshuffle kabinet ... berdasarkan Keputusan Presiden Nomor 10/P/2018":
    # the decree an act told in its sentence rests on is part of that act
    drafts = [d for d in drafts if not (
        re.fullmatch(r"keputusan \w+", d.trigger.lower()) and any(
            e is not d and _trigger_sentence(analyzed, d) is not None
            and _trigger_sentence(analyzed, d).index in e.sentences for e in drafts))]
    # "Festival ... akan digelar 2 hingga 5 November" told on 31 October: not happened yet
    drafts = [d for d in drafts if not _later(d.date, art.date) and not d.planned]
    # "Suatu kali, pria bernama Markus ... mencoba merampok Marlina" in a film's review: the plot
    if _fiction_article(analyzed):
        drafts = [d for d in drafts if d.category not in FICTION_CATEGORIES or d.own_date
                  or _real_world(analyzed, d)]
    # "Saya mendengar tim melakukan protes" after a race: a team's formal protest, not a rally
    if _sport_article(analyzed):
        drafts = [d for d in drafts if d.category != "protest" or _crowd(analyzed, d)]
    # "ditabrak pebalap tim Prema", "disahkan wasit", "saat berkunjung ke markas Celta Vigo":
    # the play of a match or race, not news of its own
    if _sport_article(analyzed, RACE_WORDS | MATCH_WORDS):
        drafts = [d for d in drafts if not _sport_play(analyzed, d)]
    # "kertas tilang merah yang menjalani persidangan ..., sedangkan kertas tilang biru
    # mewajibkan ...": a procedure told, with no one, no day and no place of its own
    drafts = [d for d in drafts if not _procedure(analyzed, d)]
    events = []
    for n, d in enumerate(drafts):
        sources = tuple(x for x in d.sources if x != d.organizer and x not in d.targets
                        and x not in d.co_agents)
        targets = tuple(x for x in d.targets if x != d.organizer)
        co_agents = tuple(x for x in d.co_agents if x != d.organizer and x not in targets)
        partners = tuple(x for x in d.partners if x != d.organizer and x not in targets
                         and x not in co_agents)
        participants = tuple(x for x in d.participants if x != d.organizer and x not in partners
                             and x not in targets and x not in sources and x not in co_agents)
        start, end = _interval(d.date)
        events.append(Event(
            id=f"e{n}", type=d.type, label=d.label,
            provenance=tuple(sorted(d.provenance, key=lambda p: p.sentence_index)),
            organizer=d.organizer, partners=partners, participants=participants,
            participant_groups=tuple(d.groups), place=d.place,
            date=start, date_text=d.date_text, category=d.category, targets=targets,
            sources=sources, date_end=end, trigger=d.trigger,
            trigger_start=d.trigger_span[0], trigger_end=d.trigger_span[1], co_agents=co_agents,
        ))
    return events


def _court_speakers(analyzed: AnalyzedArticle, d: _Draft, by_id) -> None:
    """"ujar Ketua Majelis Hakim Mas'ud saat membacakan amar putusan": a judge or prosecutor
    quoted about a hearing acts in it; "kata kuasa hukum Buni, Aldwin" takes part in it."""
    for k in list(d.sources):
        m = by_id.get(k)
        if m is None or m.kind != "person":
            continue
        s = analyzed.sentences[m.provenance.sentence_index]
        ctx = " ".join(m.titles) + " " + s.text[max(0, m.provenance.start - s.start - 40):
                                                m.provenance.start - s.start]
        if re.search(r"\b(hakim|jaksa)\b", ctx, re.I):
            d.sources.remove(k)
            _add(d.co_agents, k)
        elif re.search(r"\b(kuasa\s+hukum|pengacara|penasihat\s+hukum)\b", ctx, re.I):
            d.sources.remove(k)
            _add(d.participants, k)


def _fill(draft: _Draft, occ: _Occurrence, date, ms, article_id: str,
          article_date: str | None = None, speaker: EntityMention | None = None) -> None:
    """Add what one trigger sentence says to the event."""
    s = occ.sentence
    iso, dtext, own = date
    if occ.trigger.type and len(occ.label) > len(draft.label) and len(draft.label.split()) < 2:
        draft.label = occ.label
    if s.index not in draft.sentences:
        draft.sentences.add(s.index)
        draft.provenance.append(Provenance(article_id, s.index, s.start, s.end, f"event-{occ.kind}",
                                           0.8 if occ.kind == "frame" else 0.6))
    _add(draft.groups, *_groups(s))
    if occ.kind == "weak":
        # "Operasi penggerebekan juga melibatkan X, Y": who took part, told right after a
        # later mention
        words = _words(s)
        k = occ.tok_end + (occ.tok_end < len(words) and words[occ.tok_end] in {"juga", "itu", "tersebut", "ini"})
        if k < len(words) and _match_at(words, k, PARTICIPANT_CUES):
            actors = [m for m in ms if not (m.kind == "organization" and AREA_RE.match(m.name))]
            found = _after_cue(s, words, PARTICIPANT_CUES, actors, ("organization", "person"),
                               start_tok=k)
            if found:
                _add(draft.participants, *[m.id for m in _coordinated(s, actors, found[0], False)],
                     *[m.id for m in found])
        return
    draft.frames.add(s.index)
    _read_roles(occ, _words(s), ms, draft, speaker)
    if draft.place is None:
        p = _place_for(s, ms, s.tokens[occ.tok_start].start, occ.trigger.category)
        if p:
            draft.place = p.id
    if iso and own and draft.own_date is None and _written(dtext):
        draft.own_date = iso
    if dtext and (draft.date_text is None or (draft.date is None and iso)):
        draft.date, draft.date_text = iso, dtext
        draft.date_sentence = s.index if own else None
    if draft.said is None and occ.kind != "generic":
        said = [d for d in find_dates(s.text, article_date) if _reported(s, s.start + d[0], -1)]
        if said:
            draft.said = (said[0][3], said[0][2])


SAME_DAY_RE = re.compile(r"\s*(Di|Pada) hari yang sama\b")
ANOTHER_RE = re.compile(r"\s*(Sementara itu|(Di|Pada) hari yang sama)\b")
# acts told apart by whom they are done to (the guidelines: different patients, different events)
PATIENT_CATEGORIES = {"arrest", "trial", "investigation", "crime", "appointment", "decision"}


def _another(s, occ: _Occurrence) -> bool:
    """The sentence tells a second act of a kind: it opens with "Sementara itu" / "Di hari yang
    sama", or "juga" stands just before the trigger ("juga telah meminta keterangan")."""
    if occ.trigger.category not in PATIENT_CATEGORIES:
        return False
    return ANOTHER_RE.match(s.text) is not None or "juga" in _words(s)[max(0, occ.tok_start - 3):occ.tok_start]


def _norm_name(name: str) -> str:
    return re.sub(r"\s+", " ", name.lower()).strip()


def _other_actors(s, occ: _Occurrence, ms) -> set[str]:
    """Names of the persons and bodies of the sentence other than its speakers."""
    said = {m.id for m in _sources(s, ms)}
    # "rekan bisnis Sandi, Andreas": Sandi only names whose partner is meant
    owned = {m.id for m in ms if re.search(r"\b(rekan|rekan bisnis|istri|suami|anak|adik|kakak|ayah|ibu|"
                                           r"kuasa hukum|pengacara|ajudan|sopir|teman)\s+$",
                                           s.text[max(0, m.provenance.start - s.start - 20):
                                                  m.provenance.start - s.start], re.I)}
    return {_norm_name(m.name) for m in ms if m.kind in ("person", "organization")
            and m.id not in said and m.id not in owned}


def _actor_names(d: _Draft, by_id, targets_only: bool = False) -> set[str]:
    ids = d.targets if targets_only else [d.organizer, *d.targets, *d.co_agents, *d.participants,
                                          *d.partners, *d.sources]
    names = {_norm_name(by_id[i].name) for i in ids if i in by_id}
    # "Sandi" is "Sandiaga Uno": a word of a name known counts as known
    return names | {w for n in names for w in n.split() if len(w) > 3}


def _accepted(d: _Draft, form: str, analyzed: AnalyzedArticle, mentions,
              titled: set[str] = frozenset()) -> bool:
    """A new event needs evidence beyond its trigger word: nouns come with a frame already;
    a verb needs an agent, a patient, a date or a place ("verb-agent": a named agent;
    "verb-person": a named person as patient or agent)."""
    if form in ("noun", "event-noun"):
        return True
    # "menyangkut ditangkapnya politikus Golkar Indra": the passive made a noun names the act
    # done, as a noun does
    if re.fullmatch(r"di\w{4,}nya", d.trigger.lower()) and form in ("verb", "verb-person"):
        return True
    if d.category == "decision" and _career_choice(d, analyzed, mentions):
        return False
    # "Patel memutuskan mengambil langkah", "Young memutuskan bertahan": a person without an
    # office deciding is a private choice, not an official act
    by_id = {m.id: m for m in mentions}
    if d.category == "decision" and d.trigger.lower() == "memutuskan" and d.organizer in by_id \
            and by_id[d.organizer].kind == "person" and not by_id[d.organizer].titles \
            and not titled & set(by_id[d.organizer].name.split()):
        return False
    if d.category in {"arrest", "investigation"} and form != "verb-suspect" and _group_object(d, analyzed):
        return True
    # "Puluhan ribu orang diungsikan", "pengungsi pun dievakuasi": people helped, unnamed
    if d.category == "aid" and form == "verb" and (d.groups or _people_subject(d, analyzed)
                                                    or _people_receivers(d, analyzed)):
        return True
    # "Messi menandatangani kontrak baru dengan Barca": a person's contract, not an agreement
    if d.category == "agreement" and re.search(r"\bkontrak(nya)?\b(?!\s+politik)", d.label, re.I) \
            and (d.organizer is None or d.organizer in by_id and by_id[d.organizer].kind == "person"):
        return False
    if form in ("verb-agent", "verb-suspect"):
        return d.organizer is not None or bool(d.targets) or (
            form == "verb-agent" and (_relative_subject(d, analyzed, mentions)
                                      or _pronoun_subject(d, analyzed)))
    if form == "verb-person":
        kinds = {m.id: m.kind for m in mentions}
        return any(kinds.get(k) == "person" for k in (*d.targets, d.organizer)) \
            or _apposed_person(d, analyzed, mentions)
    return bool(d.organizer or d.targets or d.participants or d.own_date or d.place
                or d.category == "disaster" or _body_subject(d, analyzed))


PEOPLE_WORDS = {"pengungsi", "warga", "korban", "penumpang", "orang", "penduduk", "siswa", "tunawisma"}


def _relative_subject(d: _Draft, analyzed: AnalyzedArticle, mentions) -> bool:
    """"Rio Dewanto yang kemarin, Kamis (23/06) mengunjungi kantor ...": the sentence opens with
    a named person or body whose relative clause the trigger is the verb of."""
    s = _trigger_sentence(analyzed, d)
    if s is None:
        return False
    head = next((m for m in sorted(mentions, key=lambda m: m.provenance.start)
                 if m.kind in ("person", "organization")), None)
    if head is None or analyzed.article.text[s.start:head.provenance.start].strip(" \"'“”-"):
        return False
    between = analyzed.article.text[head.provenance.end:d.trigger_span[0]]
    words = re.findall(r"[\w-]+", between.lower())
    return bool(words) and words[0] == "yang" and len(words) <= 8 and not any(
        re.fullmatch(r"(me|di|ber)\w{3,}", w) for w in words[1:])


def _pronoun_subject(d: _Draft, analyzed: AnalyzedArticle) -> bool:
    """"Dia juga menyambangi rumah bos Grup Emtek ...": a person told of before does it (the
    sentence opens with the pronoun, the trigger a word or two on)."""
    s = _trigger_sentence(analyzed, d)
    if s is None or s.index == 0:
        return False
    before = analyzed.article.text[s.start:d.trigger_span[0]]
    return re.fullmatch(r"\s*(Ia|Dia|Beliau)\s+((juga|pun|lalu|kemudian|sempat|telah|sudah)\s+){0,2}",
                        before) is not None


def _apposed_person(d: _Draft, analyzed: AnalyzedArticle, mentions) -> bool:
    """"mengangkat hakim perempuan Muslim, Hana Mansour al-Khatib, untuk ...": the person the
    act is done to named in apposition to its object, a few words on."""
    s = _trigger_sentence(analyzed, d)
    if s is None:
        return False
    for m in mentions:
        if m.kind != "person" or m.provenance.start < d.trigger_span[1]:
            continue
        between = analyzed.article.text[d.trigger_span[1]:m.provenance.start]
        if len(re.findall(r"[\w-]+", between)) <= 5 and not re.search(r"[.;:\"“”]", between) \
                and not re.search(r"\b(kata|ujar|dan|yang|oleh|kepada|dengan)\b", between, re.I):
            return True
    return False


def _people_receivers(d: _Draft, analyzed: AnalyzedArticle) -> bool:
    """"sudah kami salurkan kepada warga yang menjadi korban": aid handed to people, unnamed."""
    s = _trigger_sentence(analyzed, d)
    if s is None:
        return False
    after = re.findall(r"[\w-]+", analyzed.article.text[d.trigger_span[1]:s.end].lower())[:4]
    return bool(after) and after[0] in {"kepada", "bagi", "untuk"} and bool(PEOPLE_WORDS & set(after[1:]))


def _people_subject(d: _Draft, analyzed: AnalyzedArticle) -> bool:
    s = _trigger_sentence(analyzed, d)
    if s is None:
        return False
    before = re.findall(r"[\w-]+", analyzed.article.text[s.start:d.trigger_span[0]].lower())
    before = [w for w in before if w not in {"pun", "telah", "sudah", "langsung", "segera", "juga"}]
    return bool(before) and before[-1] in PEOPLE_WORDS


# "Polisi menerbitkan surat penangkapan", "maka pengadilan mengeluarkan surat": an unnamed body
BODY_WORDS = {"polisi", "pengadilan", "pemerintah", "kepolisian", "kejaksaan", "jaksa", "hakim",
              "majelis", "imigrasi", "kementerian", "penyidik"}


def _body_subject(d: _Draft, analyzed: AnalyzedArticle) -> bool:
    """The verb's subject, right before it, is a public body named by its common noun."""
    s = _trigger_sentence(analyzed, d)
    if s is None:
        return False
    before = re.findall(r"\w+", analyzed.article.text[s.start:d.trigger_span[0]].lower())
    while before and before[-1] in {"sudah", "telah", "juga", "kembali", "akhirnya", "pun", "lalu",
                                    "kemudian", "langsung", "segera", "maka"}:
        before.pop()
    return bool(before) and before[-1] in BODY_WORDS


POLICE_RE = re.compile(r"(Polsek|Polres|Polresta|Polrestabes|Polda|Polri|Kepolisian|Mabes Polri|"
                       r"Satreskrim|Satres|Ditreskrimum|Ditreskrimsus|Ditresnarkoba)\b")


def _police_agent(analyzed: AnalyzedArticle, d: _Draft, by_sentence) -> None:
    """"Polisi menangkap RO ... . Kapolsek Ciledug, Kompol Sutrisno mengatakan, ...": an arrest or
    questioning by unnamed police ("Polisi", "petugas", "kita") is done by the police unit in
    the title of the officer who reports it."""
    if d.organizer is not None or d.category not in {"arrest", "investigation", "decision"}:
        return
    s = _trigger_sentence(analyzed, d)
    if s is None:
        return
    # "Rimanews - Polisi menangkap RO": after the dateline
    before = analyzed.article.text[_body_start(s):d.trigger_span[0]]
    after = analyzed.article.text[d.trigger_span[1]:s.end]
    # ... "Tersangka langsung kami amankan": the patient fronted before the pronoun agent
    if not (re.search(r"(^|[,\"“]\s*|\b(dan|lalu|kemudian)\s+)((tersangka|pelaku)\s+((langsung|sudah|telah|"
                      r"pun|segera)\s+)*)?(polisi|petugas|penyidik|aparat|pihak kepolisian|"
                      r"kita|kami)\s+((sudah|telah|juga|pun|langsung|berhasil|akhirnya|segera|kembali)\s+)*$",
                      before, re.I)
            or re.match(r"\s*(oleh\s+)?(polisi|petugas|penyidik)\b", after, re.I)):
        return
    mentions = {m.id: m for ms in by_sentence.values() for m in ms}
    names = {m.id: m.name for m in mentions.values()}
    for src in d.sources:
        m = mentions.get(src)
        org = _title_org(m, analyzed, by_sentence) if m is not None and m.kind == "person" else None
        if org and POLICE_RE.match(names.get(org, "")) and org not in d.targets:
            d.organizer = org
            return
    # else the one police body the article names: "Kepolisian Metropolitan Washington ... menyebut"
    police = {}
    for m in mentions.values():
        if m.kind == "organization" and POLICE_RE.match(m.name):
            police.setdefault(m.name, m.id)
    said = re.search(r"\b(polisi|pihak kepolisian)\s+((sudah|telah|juga|pun|langsung|berhasil|akhirnya|"
                     r"segera|kembali)\s+)*$", before, re.I) or re.match(r"\s*(oleh\s+)?polisi\b", after, re.I)
    if said and len(police) == 1 and next(iter(police.values())) not in d.targets:
        d.organizer = next(iter(police.values()))


FRONTED_RE = re.compile(r"\s*(Saat|Ketika|Usai|Seusai|Setelah|Sesudah|Sebelum|Sambil|Selain)\s+(sedang\s+|tengah\s+)?$")
FRONTED_HOST_RE = re.compile(r"\s*(Saat|Ketika|Usai|Seusai|Setelah|Sesudah|Sebelum|Sambil)\s+(sedang\s+|tengah\s+)?"
                             r"(mengikuti|menghadiri|menggelar|memimpin|membuka|meninjau)\s+", re.I)


def _fronted_clause_agent(analyzed: AnalyzedArticle, d: _Draft, by_sentence, speaker_of=None) -> None:
    """"Saat membacakan tuntutan ..., Jaksa KPK Iskandar menyebut ...": the subject of the main
    clause does the act of the fronted clause; it is its agent, not only its reporter."""
    s = _trigger_sentence(analyzed, d)
    if s is None or d.organizer is not None:
        return
    lead = analyzed.article.text[s.start:d.trigger_span[0]]
    # "Usai mengikuti istighosah ..., dia mengatakan": a noun after a host verb
    host = FRONTED_HOST_RE.fullmatch(lead)
    if not (d.trigger.lower().startswith("me") and FRONTED_RE.fullmatch(lead) or host):
        return
    own = {m.id for m in by_sentence.get(s.index, []) if m.kind in {"person", "organization"}}
    speaker = next((x for x in d.sources if x in own), None)
    quoted = (speaker_of or {}).get(s.index)
    if speaker is None and host and quoted is not None and quoted.kind == "person" and re.search(
            r",\s*(ia|dia|beliau)\s+(\w+\s+)?(mengatakan|menyatakan|menegaskan|menjelaskan|menyebut)\b",
            analyzed.article.text[d.trigger_span[1]:s.end], re.I):
        speaker = quoted.id
    if speaker is None:
        return
    if speaker in d.sources:
        d.sources.remove(speaker)
    if host and host.group(3).lower() in {"mengikuti", "menghadiri"}:
        _add(d.participants, speaker)
    else:
        d.organizer = speaker


MEETING_NOUNS_RE = re.compile(r"\s+(dalam|di sela|di sela-sela|saat|ketika)\s+(sebuah\s+|acara\s+|kegiatan\s+)?$")


def _speaker_in_meeting(analyzed: AnalyzedArticle, d: _Draft, by_sentence) -> None:
    """"..., ujar Taufiqulhadi dalam sebuah diskusi di Menteng": who speaks in a meeting takes part
    in it (a participant), not only reports it."""
    if d.category not in {"meeting", "training"} or d.organizer is not None:
        return
    s = _trigger_sentence(analyzed, d)
    if s is None:
        return
    text = analyzed.article.text
    # "Dalam pertemuan ... dengan Netanyahu di Trump Tower, Trump mengatakan": a fronted meeting
    fronted = d.category == "meeting" and re.fullmatch(
        r"\W*(Dalam|Saat|Ketika|Pada|Usai|Seusai)\s+(sebuah\s+)?", text[s.start:d.trigger_span[0]])
    for m in by_sentence.get(s.index, []):
        if m.id in d.sources and m.kind == "person":
            between = text[m.provenance.end:d.trigger_span[0]]
            if MEETING_NOUNS_RE.fullmatch(between) or MEETING_NOUNS_RE.fullmatch(" " + between) or (
                    fronted and m.provenance.start > d.trigger_span[1]):
                d.sources.remove(m.id)
                _add(d.participants, m.id)
        # "pertemuan satu jam lebih dengan Netanyahu": who is met takes part
        elif d.category == "meeting" and m.kind in {"person", "organization"} and re.fullmatch(
                r"(\s+[a-z]+){0,3}\s+dengan\s+([A-Z][\w.]*\s+){0,3}",
                text[d.trigger_span[1]:m.provenance.start]) and m.id not in d.targets:
            _add(d.participants, m.id)


def _visited(analyzed: AnalyzedArticle, d: _Draft, by_sentence) -> None:
    """"mengunjungi Klenteng Cin Tek Yen", "berkunjung ke SMP X": the named place or body right
    after the visit verb is what is visited (the patient)."""
    if d.category != "visit" or d.targets:
        return
    s = _trigger_sentence(analyzed, d)
    if s is None:
        return
    for m in by_sentence.get(s.index, []):
        gap = analyzed.article.text[d.trigger_span[1]:m.provenance.start]
        if m.kind in {"place", "organization"} and m.provenance.start > d.trigger_span[1] \
                and re.fullmatch(r"\s+(ke\s+)?", gap):
            _add(d.targets, m.id)
            return


def _career_choice(d: _Draft, analyzed: AnalyzedArticle, mentions) -> bool:
    """"Deschamps memutuskan untuk menyegarkan lini depan": a person's choice in a sports or
    show-business sentence is not an official act (a league's or a body's is)."""
    kinds = {m.id: m.kind for m in mentions}
    s = _trigger_sentence(analyzed, d)
    return (s is not None and kinds.get(d.organizer) == "person"
            and bool((SPORT_WORDS | SHOW_WORDS) & set(_words(s))))


def _group_object(d: _Draft, analyzed: AnalyzedArticle) -> bool:
    """An unnamed but concrete patient right by the trigger: "meminta keterangan sejumlah saksi",
    "mengamankan dua orang", "Sejumlah saksi sudah diperiksa"."""
    start, end = d.trigger_span
    s = next((x for x in analyzed.sentences if x.start <= start < x.end), None)
    if s is None:
        return False
    after = s.text[end - s.start:end - s.start + 40]
    before = s.text[max(0, start - s.start - 30):start - s.start]
    group = r"(saksi|tersangka|pelaku|terduga|orang|pria|wanita|pemuda|warga)"
    return re.match(rf"\s+(dari\s+)?(para|sejumlah|beberapa|\d+|dua|tiga|empat|lima|enam|"
                    rf"tujuh|delapan|sembilan|sepuluh|puluhan|belasan)?\s*(orang\s+)?{group}\b",
                    after, re.I) is not None or re.search(
        rf"\b{group}\s+(itu\s+|tersebut\s+)?({_ADVERBS}\s+){{0,3}}$", before + " ", re.I) is not None


# "Tersangka langsung kami amankan": adverbs and a pronoun agent between the group and the verb
_ADVERBS = r"(sudah|telah|juga|pun|langsung|segera|berhasil|akhirnya|lalu|kemudian|kami|kita)"


def _case_body(drafts: list[_Draft], by_id: dict[str, EntityMention]) -> None:
    """"KPK kembali memeriksa X ... . Dua orang itu juga diperiksa sebagai saksi ...": in an article
    whose arrests and inquiries name one police or prosecuting body as their doer, that body
    does the inquiries told without a doer."""
    acts = [d for d in drafts if d.category in {"arrest", "investigation"}]
    bodies = {d.organizer for d in acts if d.organizer in by_id and by_id[d.organizer].kind == "organization"
              and INQUIRY_BODY_RE.match(by_id[d.organizer].name)}
    names = {by_id[b].name for b in bodies}
    if len(names) != 1:
        return
    body = next(iter(bodies))
    # ... its inquiries (an arrest may be another unit's: "ditangkap Tim Densus 88" in a Polda story)
    for d in acts:
        if d.organizer is None and d.category == "investigation" and body not in d.targets:
            d.organizer = body


def _same_sentence(analyzed: AnalyzedArticle, a: _Draft, b: _Draft) -> bool:
    sa, sb = _trigger_sentence(analyzed, a), _trigger_sentence(analyzed, b)
    return sa is not None and sa is sb


def with_quote_sources(events: Sequence[Event], quotes: Sequence[Quote],
                       mentions: Sequence[EntityMention] = ()) -> list[Event]:
    """Speakers of the quotes told in an event's sentences report it: they are its sources
    (unless they act in it). With the mentions, only persons: a spokesperson, not the body in
    the speaker's title ("Ketua ... Ikatan Hakim Indonesia (Ikahi), Suhardi")."""
    kinds = {m.id: m.kind for m in mentions}
    names = {m.id: m.name for m in mentions}
    quotes = [q for q in quotes if kinds.get(q.speaker, "person") == "person"]
    out = []
    for ev in events:
        spans = [(p.start, p.end) for p in ev.provenance]
        actors = {ev.organizer, *ev.co_agents, *ev.targets, *ev.partners, *ev.participants}
        # another mention of an actor ("Jaksa Ali Mukartono" ... "kata Ali") does not report it
        actors |= {k for k, n in names.items() if any(_same_name(n, names.get(a)) for a in actors if a)}
        found = [q.speaker for q in quotes
                 if any(a < max(q.end, q.provenance.end) and min(q.start, q.provenance.start) < b
                        for a, b in spans)]
        if not found and not ev.sources and ev is events[0]:
            # the lead event "X ditangkap ... . Kapolsek Y mengatakan, ...": the speaker of
            # the next sentence (or the one after) reports it
            first = min(p.sentence_index for p in ev.provenance)
            for k in range(first + 1, first + 4):
                found = [q.speaker for q in quotes if q.provenance.sentence_index == k]
                if found:
                    break
        sources = tuple(dict.fromkeys(x for x in (*ev.sources, *found) if x not in actors))
        out.append(replace(ev, sources=sources) if sources != ev.sources else ev)
    return out


def _same_name(a: str | None, b: str | None) -> bool:
    """Two mentions name the same person: the same name, or one is the other's first or last
    word(s) ("Ali" / "Ali Mukartono")."""
    if not a or not b:
        return False
    x, y = a.lower().split(), b.lower().split()
    if x == y:
        return True
    short, long_ = sorted((x, y), key=len)
    return len(" ".join(short)) >= 4 and (long_[:len(short)] == short or long_[-len(short):] == short)


MONTH_RE = re.compile(r"\b(Januari|Februari|Pebruari|Maret|April|Mei|Juni|Juli|Agustus|September|"
                      r"Oktober|November|Nopember|Desember)\b", re.I)


def _written(dtext: str | None) -> bool:
    """A date written out ("Selasa (20/6)", "akhir Maret lalu"), not a bare weekday or "kemarin"."""
    return bool(dtext) and bool(re.search(r"\d", dtext) or MONTH_RE.search(dtext))


# "lebih memilih untuk mati ... daripada tertangkap": the other of a comparison, not done
COMPARE_WORDS = {"daripada", "ketimbang", "dibanding", "dibandingkan", "alih-alih"}
# "nyaris bertabrakan": it almost happened
NEAR_WORDS = {"nyaris", "hampir"}
# "acara demo produk", "demo masak", a startups' "Demo Day": a showing, not a protest
SHOWING_WORDS = PRODUCT_WORDS | {"masak", "memasak", "aplikasi", "teknologi", "alat", "cara", "perangkat",
                                 "day"}
# "dokter yang menangani Novel ... memutuskan untuk melepas membran": a medical choice
DOCTOR_WORDS = {"dokter", "medis", "dokternya"}


def _unreal(occ: _Occurrence) -> bool:
    """A trigger that tells of no happening: the other term of a comparison, a near miss, a
    product demo, a doctor's medical choice."""
    words = _words(occ.sentence)
    i, j = occ.tok_start, occ.tok_end
    cat = occ.trigger.category
    if COMPARE_WORDS & set(_clause(words, i, 4)):
        return True
    if cat in {"disaster", "crime"} and i > 0 and words[i - 1] in NEAR_WORDS:
        return True
    if cat == "protest" and words[i] in {"demo", "demonstrasi"} and j < len(words) \
            and words[j] in SHOWING_WORDS:
        return True
    if cat == "decision" and DOCTOR_WORDS & set(_clause(words, i, 10)):
        return True
    return False


def _clause(words: list[str], i: int, n: int) -> list[str]:
    """Up to n words before token i, back to the clause's opening punctuation."""
    out = []
    for w in reversed(words[max(0, i - n):i]):
        if w in {",", ";", ":", ".", '"', "“", "”"}:
            break
        out.append(w)
    return out[::-1]


DAY_RE = re.compile(r"\btanggal\s+(\d{1,2})\b(?!\s*[/-])(?!\s+(\w+\s+)?(Januari|Februari|Pebruari|Maret|April|Mei|"
                    r"Juni|Juli|Agustus|September|Oktober|November|Nopember|Desember))", re.I)


def _future_day(s, article_date: str | None) -> bool:
    """A bare "tanggal 24" (no month) later in the month than the article date, and no past
    marker ("lalu", "kemarin") in the sentence: still ahead."""
    if not article_date or len(article_date) < 10:
        return False
    days = [int(m.group(1)) for m in DAY_RE.finditer(s.text)]
    if not days or re.search(r"\b(lalu|silam|kemarin|sebelumnya)\b", s.text, re.I):
        return False
    # "pada tanggal 28" told on the 2nd is last month's
    return all(0 < n - int(article_date[8:10]) <= 14 for n in days)


ATTACK_WORDS = {"bom", "serangan", "penyerangan", "teror", "penembakan", "peledakan", "pemboman",
                "pengeboman"}


def _attack_of(occ: _Occurrence, drafts: list[_Draft], date) -> _Draft | None:
    """The attack (a bombing, a shooting) an explosion or crash belongs to: told within two
    sentences after it with no other day, or named back ("bom tersebut meledak")."""
    if occ.trigger.category != "disaster":
        return None
    words = _words(occ.sentence)
    i = occ.tok_start
    before = words[max(0, i - 4):i]
    # "sebuah ledakan juga meluluhlantakkan kuil ...": another one
    if {"juga", "sebuah", "lain"} & set(before):
        return None
    anaphor = any(words[k] in {"bom", "serangan", "ledakan"} and words[k + 1] in {"itu", "tersebut", "ini"}
                  for k in range(max(0, i - 4), i - 1))
    iso, _, own = date
    for d in reversed(drafts):
        if d.category != "crime" or not ATTACK_WORDS & set(d.label.lower().split() + d.trigger.lower().split()):
            continue
        near = any(0 < occ.sentence.index - k <= 2 or occ.sentence.index == k for k in d.sentences)
        same_day = not (own and iso) or (d.date == iso) or d.date is None and anaphor
        # "... saat ledakan terjadi": later undated mentions of the explosion it took in
        if (near or anaphor or d.absorbed and not own) and same_day:
            return d
    return None


# a review: the lead names a film or a book and tells its story or cast
STORY_WORDS = {"mengisahkan", "menceritakan", "dibintangi", "diperankan", "memerankan", "sekuel",
               "sinopsis", "karakter", "sutradara", "alur", "dikisahkan"}
WORK_WORDS = {"film", "serial", "novel", "sinetron", "drama", "tayang", "bioskop", "komik"}


def _fiction_article(analyzed: AnalyzedArticle) -> bool:
    lead = {w for s in analyzed.sentences[:3] for w in _words(s)}
    return bool(STORY_WORDS & lead) and bool(WORK_WORDS & lead)


# "Aktor X ... ditangkap polisi": an institution of the real world acts in the sentence
REAL_WORLD_RE = re.compile(r"\b(polisi|polres\w*|polda|polsek|kepolisian|pengadilan|jaksa|hakim|BNN|KPK|"
                           r"penyidik|Densus|Bareskrim)\b", re.I)


def _real_world(analyzed: AnalyzedArticle, d: _Draft) -> bool:
    s = _trigger_sentence(analyzed, d)
    return s is not None and REAL_WORLD_RE.search(s.text) is not None


def _sport_article(analyzed: AnalyzedArticle, more=frozenset()) -> bool:
    words = SPORT_WORDS | more
    return sum(bool(words & set(_words(s))) for s in analyzed.sentences) >= 3


# a race's words beside SPORT_WORDS: "kecelakaan di lap kedelapan", "GP Spanyol"
RACE_WORDS = {"lap", "putaran", "tikungan", "sirkuit", "gp", "grid", "trek", "lintasan"}
PLAY_CATEGORIES = {"crime", "disaster", "arrest", "visit", "decision", "ceremony"}
CRASH_WORDS = RACE_WORDS | BALL_WORDS | {"pebalap", "pembalap", "balapan", "balap"}


def _sport_play(analyzed: AnalyzedArticle, d: _Draft) -> bool:
    """In a sport article, a crash, an attack, a catch, a trip or a ruling told with the words of
    play (and no police, court or crowd): a part of the game."""
    s = _trigger_sentence(analyzed, d)
    if s is None or d.category not in PLAY_CATEGORIES or _real_world(analyzed, d) or _crowd(analyzed, d):
        return False
    words = set(_words(s))
    # a club's or a league's decision is news ("dipecat", "memutuskan untuk menutup bursa
    # transfer"), a referee's is play; a storm that puts off a match happened
    if d.category == "decision":
        return "wasit" in words
    if d.category == "disaster":
        return bool(words & CRASH_WORDS)
    return bool(words & (SPORT_WORDS | MATCH_WORDS | BALL_WORDS | RACE_WORDS))


CROWD_WORDS = {"massa", "demonstran", "pendemo", "pengunjuk", "suporter", "pendukung", "warga",
               "ratusan", "ribuan", "puluhan", "mahasiswa", "buruh", "unjuk", "demo", "demonstrasi"}


def _crowd(analyzed: AnalyzedArticle, d: _Draft) -> bool:
    s = _trigger_sentence(analyzed, d)
    return s is not None and bool(CROWD_WORDS & set(_words(s)))


RULE_RE = re.compile(r"\b(mewajibkan|wajib|diwajibkan|dikenakan|dikenai|sanksi|ketentuan|aturan|"
                     r"prosedur|denda\s+maksimal)\b", re.I)


def _procedure(analyzed: AnalyzedArticle, d: _Draft) -> bool:
    if d.organizer or d.targets or d.participants or d.co_agents or d.place or d.date or d.groups:
        return False
    s = _trigger_sentence(analyzed, d)
    return s is not None and RULE_RE.search(s.text) is not None
