"""Everyday jobs' head nouns, in the corpus's languages: a job in a title is not a person.

Owns ``EVERYDAY_JOB``: the head nouns of the service, transport, care, hospitality, warehouse
and security jobs that ``jobs.ROLE_WORD_RE`` (office and professional jobs) and the English
heads of ``sides.NOT_NAMES`` leave out: "Socorrista", "Bagnino", "Camarero", "Serveur",
"Busfahrer", "Motorista", "Lifeguard", "Croupier". A user's own entry often opens with the job
applied for and the place ("Socorrista Arenales: 400 m run + 400 m swim, then interview",
"Busfahrer Linienverkehr: Fahrprobe + Gespräch"): capitalised words before a colon that
``sides.names_someone_else`` read as another candidate's name (round 17's blind batch). A word
here is never a person's name; so every noun that is also a common surname in its language
("Koch", "Kellner", "Pfleger", "Kok", "Cook", "Baker", "Porter", "Packer", "Usher", "Herrero",
"Pastor", "Boulanger", "Berger", "Ferrari", "Kuchař") stays out. Pure data; no I/O.
"""

from __future__ import annotations

import re

__all__ = ["EVERYDAY_JOB"]

_HEADS = (
    # English
    r"life[\s-]?guards?|croupiers?|dealers?|waiters?|waitress(?:es)?|waitstaff|housekeep\w*"
    r"|dishwashers?|bussers?|valets?|janitors?|caregivers?|carers?|nann(?:y|ies)|concierges?"
    r"|stockers?|pickers?|forklift|loaders?|labou?rers?|deckhands?|doorm[ae]n"
    r"|bouncers?|hostess(?:es)?|crew\s+members?|care\s+workers?|support\s+workers?"
    # round 24: health care's jobs named by their agent suffix, whose stems are look-alikes'
    # ("Ultrasound Sonographer – first interview", "Radiographer", "Physiotherapist"): no
    # person's name ends so
    r"|\w+(?:graphers?|ologists?|therapists?)|phlebotomists?|paramedics?|midwi(?:fe|ves)"
    r"|hygienists?|baristas?|cashiers?"
    # Spanish
    r"|socorristas?|camarer[oa]s?|cociner[oa]s?|conductor(?:a|es|as)?|repartidor(?:a|es)?"
    r"|dependient[ae]s?|cajer[oa]s?|limpiador(?:a|es)?|enfermer[oa]s?|celador(?:a|es)?"
    r"|vigilantes?|recepcionistas?|ayudantes?|operari[oa]s?|ch[óo]fer(?:es)?|azafatas?"
    r"|teleoperador(?:a|es)?|reponedor(?:a|es)?|monitor(?:a|es)?|auxiliar(?:es)?"
    # Portuguese
    r"|motoristas?|gar[çc]o(?:m|ns|nete)|cozinheir[oa]s?|atendentes?|repositor(?:a|es)?"
    r"|vendedor(?:a|es)?|operador(?:a|es)?|salva-vidas|nadador-salvador|entregador(?:a|es)?"
    r"|faxineir[oa]s?|porteir[oa]s?|enfermeir[oa]s?"
    # French
    r"|serveu(?:r|se)s?|vendeu(?:r|se)s?|chauffeurs?|conduct(?:eur|rice)s?|cuisini(?:er|ère)s?"
    r"|caissi(?:er|ère)s?|ma[îi]tres?[\s-]nageurs?|surveillant(?:e|s|es)?|livreu(?:r|se)s?"
    r"|pr[ée]parat(?:eur|rice)s?|magasiniers?|manutentionnaires?|caristes?|aides?-soignant\w*"
    r"|infirmi(?:er|ère)s?|h[ôo]tesses?|r[ée]ceptionnistes?|barmen|barman|commis|[ée]quipi(?:er|ère)s?"
    r"|animat(?:eur|rice)s?|veilleu(?:r|se)s?"
    # Italian
    r"|bagnin[oi]|bagnine?|camerier[ei]|cameriera|cuoc(?:o|a|hi)|autist[ai]|commess[oaie]"
    r"|cassier[ei]|cassiera|magazzinier[ei]|addett[oaie]|opera(?:io|ia|i|ie)|infermier[ei]"
    r"|infermiera|lavapiatti|facchin[oi]|animat(?:ore|rice|ori)|badant[ei]"
    # German (compounds end in the head: "Busfahrer", "Lagerhelfer", "Servicekraft")
    r"|\w*fahrer(?:in|innen)?|kellnerin(?:nen)?|k[öo]chin|k[üu]chenhilfe|verk[äa]ufer(?:in|innen)?"
    r"|kassierer(?:in|innen)?|rettungsschwimmer(?:in|innen)?|lagerist(?:in|en)?|\w+helfer(?:in|innen)?"
    r"|reinigungskr[äa]fte?|servicekr[äa]fte?|pflegekr[äa]fte?|aushilfen?|\w+pfleger(?:in|innen)?|pflegerin(?:nen)?"
    r"|erzieher(?:in|innen)?|monteur(?:in|e)?|kommissionierer(?:in|innen)?|zusteller(?:in|innen)?"
    r"|bademeister(?:in)?|fachangestellte[rn]?"
    # Dutch
    r"|bezorgers?|chauffeurs?|serveersters?|kelners?|verkop(?:er|ers)|verkoopsters?"
    r"|kassamedewerkers?|badmeesters?|schoonmakers?|verzorgenden?|verpleegkundigen?"
    r"|beveiligers?|orderpickers?"
    # Polish, Czech, Nordic
    r"|kierowc[ay]|kelnerk[ai]|kasjer(?:ka|zy)?|ratowni(?:k|cy)|sprzedawc[ay]"
    r"|magazynier(?:zy)?|[řr]idi[čc]|[čc][íi][šs]n[íi]k|prodava[čc](?:ka)?|plav[čc][íi]k"
    r"|\w*sj[åa]f[øo]r|servit(?:ør|ris|ör)|livvakt|badevakt|livr[äa]ddare|\w*chauff[öo]r"
    r"|butikss[äa]ljare|lagerarbetare"
)
EVERYDAY_JOB = re.compile(r"(?<!\w)(?:" + _HEADS + r")(?!\w)", re.IGNORECASE)
