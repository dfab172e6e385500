#!/bin/bash
# The causes of merge errors that unseen pairs showed at first sight
# (merge28), each tried on pairs of events written for it (none from the
# gold texts): prints per case whether EVGRAPH merge joins the two tellings
# and what a reader wants.  A probe, not a test: most cases fail today.
# Usage: tests/dev/merge_causes.sh [EVGRAPH]
EVG=${1:-./evgraph}
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
ev() { # ID DATE LABEL QUOTE
  printf 'event %s\n  date: %s\n  label: %s\n  quote: %s\n\n' "$1" "$2" "$3" "$4"
}
# one happening told twice (want: joined) or two told once each (want:
# apart): CAUSE WANT DATE-A LABEL-A QUOTE-A DATE-B LABEL-B QUOTE-B
pair() {
  ev a1 "$3" "$4" "$5" >"$tmp/a.events"; ev b1 "$6" "$7" "$8" >"$tmp/b.events"
  n=$("$EVG" merge "$tmp/a.events" "$tmp/b.events" 2>/dev/null | grep -c '^event ')
  got=$([ "$n" = 1 ] && echo joined || echo apart)
  printf '%-12s %-7s want %-7s %s\n' "$1" "$got" "$2" "$([ "$got" = "$2" ] && echo ok || echo FAILS)"
}
D=2030-06-03
pair time joined $D 'A timber truck overturned on the motorway' 'A timber truck overturned on the motorway at 6:40 a.m. on June 3.' $D 'The vehicle rolled onto its side' 'The vehicle rolled onto its side shortly before seven in the morning on June 3.'
pair time joined $D 'Fire broke out in a hotel kitchen' 'Fire broke out in a hotel kitchen at about 9:15 p.m. on June 3.' $D 'The flames started shortly after nine' 'The flames started shortly after nine in the evening on June 3.'
pair time joined $D 'A ferry hit the quay' 'A ferry hit the quay at 7:05 p.m. on June 3.' $D 'The vessel came into contact with the pier' 'The vessel came into contact with the pier just after seven in the evening on June 3.'
pair time joined $D 'A goods train derailed outside Arles' 'A goods train derailed outside Arles at 4:50 a.m. on June 3.' $D 'Wagons left the rails near Arles' 'Wagons left the rails near Arles shortly before five in the morning on June 3.'
pair verbs joined $D 'Police arrested 14 fans' 'Police arrested 14 fans outside the stadium on June 3.' $D 'Officers detained 14 supporters' 'Officers detained 14 supporters near the ground on June 3.'
pair verbs joined $D 'Firefighters put out the blaze' 'Firefighters put out the blaze in the warehouse on June 3.' $D 'The fire in the warehouse was extinguished' 'The fire in the warehouse was extinguished by crews on June 3.'
pair verbs joined $D 'Engineers halted the leak' 'Engineers halted the leak at the reservoir on June 3.' $D 'Workers stopped the flow of water' 'Workers stopped the flow of water from the reservoir on June 3.'
pair counts joined $D 'Police detained 14 people' 'Police detained 14 people after the match on June 3.' $D 'Police detained more than a dozen people' 'Police detained more than a dozen people after the match on June 3.'
pair counts joined $D 'About 300 volunteers searched the dunes' 'About 300 volunteers searched the dunes on June 3.' $D 'Hundreds of volunteers searched the dunes' 'Hundreds of volunteers searched the dunes on June 3.'
pair counts joined $D 'Two hikers were airlifted' 'Two hikers were airlifted from the ridge on June 3.' $D 'A pair of hikers were airlifted' 'A pair of hikers were airlifted from the ridge on June 3.'
pair place joined $D 'The coach stopped at a checkpoint near Tarvis' 'The coach stopped at a checkpoint near Tarvis on June 3 and its driver was arrested.' $D 'The bus was halted at a roadblock outside Tarvis' 'The bus was halted at a roadblock outside Tarvis on June 3.'
pair place joined $D 'The lights failed at the Stadion Park' 'The lights failed at the Stadion Park in the second half on June 3.' $D "The floodlights went out at Rovers' ground" "The floodlights went out at Rovers' ground in the second half on June 3."
pair place joined $D 'The girl was found near the Ravel waterfall' 'The girl was found near the Ravel waterfall on June 3.' $D 'The girl was found close to the falls at Ravel' 'The girl was found close to the falls at Ravel on June 3.'
pair foretold apart 2030-W23 'The league will decide whether the match is replayed' 'The league will decide this week whether the match is replayed.' 2030-06-05 'The league ruled that the match must be replayed' 'The league ruled on June 5 that the match must be replayed in full.'
pair foretold apart 2030-W23 'The council will vote on the budget' 'The council will vote on the budget this week.' 2030-06-05 'The council approved the budget' 'The council approved the budget on June 5 by 30 votes to 12.'
pair one-word apart 2030-06-06 'The port operator told shippers to expect delays' 'The port operator told shippers to expect delays until at least June 6.' 2030-06-06 'The captain is under investigation' 'The captain is under investigation for endangering port traffic, prosecutors said on June 6.'
pair one-word apart 2030-06-06 'Inspectors are examining why the ferry sailed' 'Inspectors are examining why the ferry sailed although a gale warning was in force on June 6.' 2030-06-06 'The authority suspended all ferry sailings' 'The authority suspended all ferry sailings on June 6.'
# a follow-up's lead restates the first happening in its subject (a
# relative clause, a participle) and tells it again below: want the lead
# joined with the later telling (b2), not with the restatement (b1)
restated() { # LEAD-LABEL LEAD-QUOTE B1-DATE B1-LABEL B1-QUOTE B2-LABEL B2-QUOTE DAY
  { ev a1 "$8" "$1" "$2"; ev a2 "$8" 'Police closed the road' 'Police closed the road for the rest of the day.'; } >"$tmp/a.events"
  { ev b1 "$3" "$4" "$5"; ev b2 "$8" "$6" "$7"; ev b3 "$8" 'An inquiry was opened' 'An inquiry was opened by prosecutors.'; } >"$tmp/b.events"
  with=$("$EVG" merge "$tmp/a.events" "$tmp/b.events" 2>/dev/null |
    awk -v l="$2" -v q="$7" -v r="$5" '/^event /{e=$2} /^  quote: /{sub(/^  quote: /,""); if ($0==q) t[e]="b2"; if ($0==r) t[e]="b1"; if ($0==l) lead=e} END{print t[lead]}')
  printf '%-12s %-7s want %-7s %s\n' restatement "${with:-alone}" b2 "$([ "$with" = b2 ] && echo ok || echo FAILS)"
}
restated 'A lorry carrying sheep overturned on the motorway' 'A lorry carrying sheep overturned on the motorway near Brive early on Monday.' 2030-W23 'A farmer whose lorry overturned on the motorway says' 'A farmer whose lorry overturned on the motorway near Brive this week says he lost half his flock.' 'The lorry tipped onto its side' 'The lorry tipped onto its side at about 5 a.m. on June 3.' 2030-06-03
restated 'Fire broke out in the kitchen of a hotel' 'Fire broke out in the kitchen of a hotel in Graz at about 9:15 p.m. on Sunday.' 2030-02-09/2030-02-10 'The owners of a Graz hotel damaged by fire said' 'The owners of a Graz hotel damaged by fire at the weekend said it would stay closed until April.' 'The flames started in the kitchen' 'The flames started in the kitchen shortly after nine in the evening on February 10.' 2030-02-10
# a dated relative clause restating the story's happening to say who the
# sentence is about (merge32): a follow-up's lead, the first report's
# lead; want apart, and the clause's day alone (the sentence's own) joined
pair relative apart 2030-06-02 'Six spectators were hurt' 'TARVIS, June 3, 2030 — Six spectators were hurt on Sunday when a gust blew down a stand at a cycling race in Tarvis.' 2030-06-02 'The organiser whose stand blew down' 'UDINE, June 6, 2030 — The organiser whose stand blew down at a cycling race in Tarvis on Sunday resigned on Thursday.'
pair relative apart 2030-06-02 'A ferry ran aground off Vis' 'SPLIT, June 3, 2030 — A ferry carrying 300 passengers ran aground off the island of Vis on Sunday night.' 2030-06-02 'The captain of the ferry which ran aground' 'ZAGREB, June 7, 2030 — The captain of the ferry which ran aground off the island of Vis on Sunday night was charged on Friday.'
pair relative apart 2030-06-02 'Lightning struck a tent at a scout camp' 'BRNO, June 3, 2030 — Lightning struck a tent at a scout camp near Brno on Sunday, injuring four children.' 2030-06-02 'A scout leader who was hurt when lightning struck' 'PRAGUE, June 5, 2030 — A scout leader who was hurt when lightning struck a tent at a camp near Brno on Sunday went home on Tuesday.'
pair relative joined 2030-06-02 'The organiser resigned' 'UDINE, June 3, 2030 — The organiser of the cycling race in Tarvis resigned on Sunday.' 2030-06-02 'The organiser whose stand blew down resigned' 'The organiser whose stand blew down at the cycling race in Tarvis resigned on Sunday.'
# a past participle after the subject restating the story's happening,
# a finite verb after its date (merge33): want apart; the control, a
# main verb with the saying's date after a comma, joins
pair participle apart 2030-06-02 'A ferry ran aground off Vis' 'SPLIT, June 3, 2030 — A ferry carrying 300 passengers ran aground off the island of Vis on Sunday night.' 2030-06-02 'The ferry stranded off Vis on Sunday night' 'ZAGREB, June 7, 2030 — The ferry stranded off the island of Vis on Sunday night had failed two safety checks, the port authority said on Friday.'
pair participle apart 2030-06-02 'A landslide buried a road near Bormio' 'BORMIO, June 3, 2030 — A landslide buried the pass road near Bormio on Sunday, cutting off two villages.' 2030-06-02 'The two villages cut off by a landslide near Bormio on Sunday' 'MILAN, June 5, 2030 — The two villages cut off by a landslide near Bormio on Sunday will get a temporary road, the province said on Tuesday.'
pair participle joined 2030-06-02 'A ferry ran aground off Vis' 'SPLIT, June 3, 2030 — A ferry carrying 300 passengers ran aground off the island of Vis on Sunday night.' 2030-06-02 'A ferry ran aground off Vis' 'ZAGREB, June 4, 2030 — A ferry ran aground off the island of Vis on Sunday night, the port authority said on Monday.'
# the same causes told inside two articles of one story (merge29): three
# other happenings told alike on both sides make the articles one story's
# (the guard that pairs by day and by time ask), so that a pair's own
# evidence is what is tried: want the two tellings joined or apart
story() { # CAUSE WANT LABEL-A QUOTE-A LABEL-B QUOTE-B
  {
    ev a1 $D "$3" "$4"
    ev a2 $D 'Police closed the Orsk road' 'Police closed the Orsk road for six hours on June 3.'
    ev a3 $D 'A crane cleared the wreckage from the carriageway' 'A crane cleared the wreckage from the carriageway on June 3.'
    ev a4 $D 'The injured were taken to hospital in Orsk' 'The injured were taken to hospital in Orsk on June 3.'
  } >"$tmp/a.events"
  {
    ev b1 $D "$5" "$6"
    ev b2 $D 'The Orsk road was closed by police' 'The Orsk road was closed by police for most of June 3.'
    ev b3 $D 'A crane removed the wreckage from the carriageway' 'A crane removed the wreckage from the carriageway on June 3.'
    ev b4 $D 'The injured were treated in hospital in Orsk' 'The injured were treated in hospital in Orsk on June 3.'
  } >"$tmp/b.events"
  n=$("$EVG" merge "$tmp/a.events" "$tmp/b.events" 2>/dev/null | grep -c '^event ')
  got=$([ "$n" = 4 ] && echo joined || echo apart)
  printf '%-12s %-7s want %-7s %s\n' "$1" "$got" "$2" "$([ "$got" = "$2" ] && echo ok || echo FAILS)"
}
story time-story joined 'A ferry hit the quay' 'A ferry hit the quay at 7:05 p.m. on June 3.' 'The vessel came into contact with the pier' 'The vessel came into contact with the pier just after seven in the evening on June 3.'
story time-story joined 'Fire broke out in a hotel kitchen' 'Fire broke out in a hotel kitchen at about 9:15 p.m. on June 3.' 'The flames started shortly after nine' 'The flames started shortly after nine in the evening on June 3.'
story time-story joined 'A goods train derailed outside Arles' 'A goods train derailed outside Arles at 4:50 a.m. on June 3.' 'Wagons left the rails near Arles' 'Wagons left the rails near Arles shortly before five in the morning on June 3.'
story time-story joined 'A gas main burst under the square' 'A gas main burst under the square at half past two in the afternoon on June 3.' 'The pipe split' 'The pipe split at 2:35 p.m. on June 3.'
story time-story joined 'The roof of the sports hall fell in' 'The roof of the sports hall fell in on the evening of June 3.' 'The structure gave way' 'The structure gave way at 8:20 p.m. on June 3.'
story time-story joined 'Rescuers reached the climbers' 'Rescuers reached the climbers at dawn on June 3.' 'The team got to the pair' 'The team got to the pair at 5:10 a.m. on June 3.'
story time-story apart 'Divers searched the river' 'Divers searched the river at 9 a.m. on June 3.' 'Divers searched the river again' 'Divers searched the river again at 4 p.m. on June 3.'
story time-story apart 'The council closed the bridge' 'The council closed the bridge to traffic at 6 a.m. on June 3.' 'The council opened the bridge' 'The council opened the bridge to traffic at 6 p.m. on June 3.'
story time-story apart 'The alarm sounded in the depot' 'The alarm sounded in the depot at 3:10 p.m. on June 3.' 'Firefighters arrived' 'Firefighters arrived at 3:25 p.m. on June 3.'
story verb-story joined 'Police arrested 14 fans' 'Police arrested 14 fans outside the stadium on June 3.' 'Officers detained 14 supporters' 'Officers detained 14 supporters near the ground on June 3.'
story verb-story joined 'Workers stopped the leak' 'Workers stopped the leak at the reservoir on June 3.' 'Engineers halted the flow of water' 'Engineers halted the flow of water from the reservoir on June 3.'
# two happenings of one story within the hour, each told once with a time
# of its own (merge30): the pair by time must not join them, while one
# happening with its time rounded on one side still joins (above)
story time-hour apart 'The driver was arrested' 'The driver was arrested at 7:10 p.m. on June 3.' 'A statement was issued' 'A statement was issued at 7:45 p.m. on June 3.'
story time-hour apart 'Fire broke out in the stables' 'Fire broke out in the stables at 2:05 a.m. on June 3.' 'The flames spread to the barn' 'The flames spread to the barn at 2:40 a.m. on June 3.'
story time-hour apart 'The train stopped in the tunnel' 'The train stopped in the tunnel at 8:12 a.m. on June 3.' 'Passengers were led out on foot' 'Passengers were led out on foot at 8:50 a.m. on June 3.'
story time-hour apart 'The gates were locked' 'The gates were locked at 6 p.m. on June 3.' 'The last bus left' 'The last bus left at 6:30 p.m. on June 3.'
story time-hour apart 'A bomb warning was phoned in' 'A bomb warning was phoned in at about 11:20 a.m. on June 3.' 'The station was emptied' 'The station was emptied at about 11:50 a.m. on June 3.'
story time-hour apart 'The first ambulance arrived' 'The first ambulance arrived at a quarter past ten in the evening on June 3.' 'The driver was freed' 'The driver was freed at 10:55 p.m. on June 3.'
story time-hour apart 'The dam gave way' 'The dam gave way at 5:20 a.m. on June 3.' 'Villagers were moved to higher ground' 'Villagers were moved to higher ground in the morning of June 3.'
story time-hour joined 'A cable snapped on the lift' 'A cable snapped on the lift at 3:14 p.m. on June 3.' 'The lift broke down' 'The lift broke down at about a quarter past three in the afternoon on June 3.'
story time-hour joined 'A water main burst' 'A water main burst at about 6:20 a.m. on June 3.' 'The pipe cracked' 'The pipe cracked shortly after six in the morning on June 3.'
story time-hour joined 'The last ferry was cancelled' 'The last ferry was cancelled at 9 p.m. on June 3.' 'The crossing was called off' 'The crossing was called off at 9:05 p.m. on June 3.'
# a word only in a phrase that dates the sentence by another happening
# ("three hours after the spill") points at that happening (merge30): want
# such a pair apart (one event an article), and a pair that shares words
# outside the phrase still joined
pair adjunct apart $D 'The road reopened' 'The road reopened at 10 p.m., three hours after the spill.' $D 'Diesel from the spill ran into a stream' 'Diesel from the spill ran into a stream on June 3.'
pair adjunct apart $D 'The school was evacuated' 'The school was evacuated shortly before the explosion.' $D 'The explosion shattered windows in the street' 'The explosion shattered windows in the street on June 3.'
pair adjunct apart $D 'Trains ran again' 'Trains ran again on June 3, a day after the landslide.' $D 'The landslide buried the tracks' 'The landslide buried the tracks near the tunnel on June 3.'
pair adjunct apart $D 'The mayor visited the families' 'The mayor visited the families hours after the flood.' $D 'The flood reached the town hall' 'The flood reached the town hall on June 3.'
pair adjunct joined $D 'The road reopened' 'The road reopened at 10 p.m., three hours after the spill.' $D 'The road was opened again' 'The road was opened again to traffic at 10 p.m. on June 3.'
# a clock against a part of the day (merge31): two happenings of one story
# within the hour, one told with a clock, the other with the part of the
# day that holds it or lies next to it; and one happening written so,
# which must still join
story clock-part apart 'Fire broke out in the warehouse' 'Fire broke out in the warehouse at 9:40 p.m. on June 3.' 'Residents of the street were evacuated' 'Residents of the street were evacuated on the evening of June 3.'
story clock-part apart 'The ferry left the harbour' 'The ferry left the harbour at 7:15 a.m. on June 3.' 'The crew reported a fault in the engine' 'The crew reported a fault in the engine on the morning of June 3.'
story clock-part apart 'Armed men robbed the bank' 'Armed men robbed the bank at 2:30 p.m. on June 3.' 'Police set up roadblocks on the ring road' 'Police set up roadblocks on the ring road in the afternoon of June 3.'
story clock-part apart 'The gates of the park were shut' 'The gates of the park were shut at 11:20 p.m. on June 3.' 'Crowds left the square' 'Crowds left the square in the evening of June 3.'
story clock-part apart 'The first shift began at the depot' 'The first shift began at the depot at 4:10 a.m. on June 3.' 'Lorries queued at the gate' 'Lorries queued at the gate in the morning of June 3.'
story clock-part apart 'The last train left the station' 'The last train left the station at 12:40 a.m. on June 3.' 'Guards locked the platforms' 'Guards locked the platforms late in the evening of June 3.'
story clock-part apart 'Lessons ended at the school' 'Lessons ended at the school at 12:50 p.m. on June 3.' 'Parents gathered at the gates' 'Parents gathered at the gates in the morning of June 3.'
story clock-part joined 'A neighbour called the police' 'A neighbour called the police just after 7 a.m. on June 3.' 'A woman raised the alarm' 'A woman raised the alarm on the morning of June 3.'
story clock-part joined 'The jury retired' 'The jury retired at 9 a.m. on June 3.' 'Deliberations started' 'Deliberations started on the morning of June 3.'
story clock-part joined 'The climbers reached the summit' 'The climbers reached the summit at about five o'\''clock on June 3.' 'The pair got to the top' 'The pair got to the top in the late afternoon of June 3.'
# "the small hours", "the wee hours", "the early hours" of a day: a part
# of the night, midnight to five (merge33); "the early hours of the
# search" are no time of day
story small-hours joined 'Fire crews put out the blaze' 'Fire crews put out the blaze at about 3 a.m. on June 3.' 'The fire was extinguished' 'The fire was extinguished in the small hours of June 3.'
story small-hours joined 'A water main burst under the square' 'A water main burst under the square at 2:20 a.m. on June 3.' 'The pipe split open' 'The pipe split open in the early hours of June 3.'
story small-hours joined 'Burglars forced the door of the pharmacy' 'Burglars forced the door of the pharmacy at about 1:45 a.m. on June 3.' 'The shop was broken into' 'The shop was broken into in the wee hours of June 3.'
story small-hours apart 'The last bus left the depot' 'The last bus left the depot at 10:40 p.m. on June 3.' 'Cleaners went into the depot' 'Cleaners went into the depot in the small hours of June 3.'
story small-hours apart 'Divers found the wreck' 'Divers found the wreck at 4:30 p.m. on June 3.' 'Volunteers joined the hunt' 'Volunteers joined the hunt in the early hours of the search on June 3.'
# a day that is only each paper's (merge31): each article's event dated by
# its dateline's day, its quote writing none, three days apart; the days say
# only "by then": want one happening told so joined when both headlines say
# a word of it, and two happenings apart
papers() { # CAUSE WANT LABEL-A QUOTE-A LABEL-B QUOTE-B
  { ev a1 2030-06-02 'A tanker ran aground off Halden' 'HALDEN, June 3, 2030 — A tanker ran aground off Halden on Sunday night.'
    ev a2 2030-06-03 "$3" "$4"; } >"$tmp/a.events"
  { ev b1 2030-06-05 'The shipping company apologised to fishermen' 'OSLO, June 6, 2030 — The shipping company apologised to fishermen on Wednesday.'
    ev b2 2030-06-06 "$5" "$6"; } >"$tmp/b.events"
  n=$("$EVG" merge "$tmp/a.events" "$tmp/b.events" 2>/dev/null | grep -c '^event ')
  got=$([ "$n" = 3 ] && echo joined || echo apart)
  printf '%-12s %-7s want %-7s %s\n' "$1" "$got" "$2" "$([ "$got" = "$2" ] && echo ok || echo FAILS)"
}
papers papers-day joined 'Coastguard crews laid a floating boom around the hull' 'Coastguard crews laid a floating boom around the hull.' 'A boom was put out to hold the leaking fuel' 'A boom was put out to hold the leaking fuel.'
papers papers-day joined 'Police shut the harbour road' 'Police shut the harbour road.' 'The road to the quay was closed by officers' 'The road to the quay was closed by officers.'
papers papers-day joined 'Volunteers cleaned oil from the beach' 'Volunteers cleaned oil from the beach at Svinesund.' 'Residents helped to clear the beach' 'Residents helped to clear the beach near the border.'
papers papers-day apart 'Police closed the coast road' 'Police closed the coast road.' 'The road along the coast reopened' 'The road along the coast reopened.'
papers papers-day apart 'Fishing in the fjord was banned' 'Fishing in the fjord was banned.' 'The ban on fishing was lifted' 'The ban on fishing was lifted.'
papers papers-day apart 'Coastguard crews sent two divers to the hull' 'Coastguard crews sent two divers to the hull.' 'Two tugs pulled the tanker free' 'Two tugs pulled the tanker free.'
papers papers-day apart 'Officers closed the road' 'Officers closed the road.' 'The road reopened' 'The road reopened.'
papers papers-day apart 'The school was evacuated' 'The school was evacuated.' 'Pupils returned to the school' 'Pupils returned to the school.'
