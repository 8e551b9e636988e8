/*
 * test_tokenize.c — the matcher's words: the scanner's fast path (SSE2 or
 * SWAR blocks, rcp__match_next without a folded buffer) and the general path (with
 * one) must give the same tokens as a plain reference written code point
 * by code point from the rules in tokenize.c: spans, case and digit flags,
 * sentence numbers, folded bytes and their hash. Inputs: hand-picked edge
 * cases and random mixes of ASCII, accented letters, marks, punctuation,
 * invalid UTF-8 and long words, cut at every length so words end at the
 * end of the buffer and at every offset of a sixteen-byte block. Each is
 * copied to a buffer of its exact size, so ASan sees any read past it.
 */
#include <stdint.h>

#include "internal.h"
#include "match/tokenize.h"
#include "test.h"

/* ---- the reference ---- */

typedef struct ref_tok {
	size_t start, end;
	int cap, digit;
	uint32_t sentence;
	char folded[512];
	size_t flen;
} ref_tok;

typedef struct ref_state {
	const char *s;
	size_t n, pos;
	uint32_t sentence;
	char prev[512];
	size_t prev_len, prev_end;
} ref_state;

static int ref_abbreviation(const char *w, size_t n)
{
	static const char *const abbr[] = {
		"inc", "corp", "ltd", "co", "dept", "st", "mr", "mrs", "ms", "dr", "mme", "mm",
		"no", "vs", "etc", "jr", "sr", "gen", "col", "lt", "sgt", "gov", "sen", "rep",
		"approx", "fig", "av", "sa", "cf", "ca", "art", "nr", "bzw", "dh", "zb", "sra", NULL,
	};
	if (n == 1)
		return 1;
	for (int i = 0; abbr[i]; i++)
		if (strlen(abbr[i]) == n && !memcmp(abbr[i], w, n))
			return 1;
	return 0;
}

static int ref_next(ref_state *st, ref_tok *tok)
{
	size_t i = st->pos, n = st->n;
	int punct = 0, newlines = 0;
	while (i < n) {
		int32_t cp;
		size_t k = rcp__utf8_next(st->s, n, i, &cp);
		if (rcp__is_word_cp(cp))
			break;
		if (cp == '!' || cp == '?' || cp == 0x2026 || cp == 0x3002)
			punct = 1;
		else if (cp == '.')
			punct = !(i + 1 < n && st->s[i + 1] >= '0' && st->s[i + 1] <= '9');
		else if (cp == '\n')
			newlines++;
		else if (cp < 0x80 && !strchr(" \t\r\"')]", (int)cp))
			punct = 0;
		i += k;
	}
	if (i >= n)
		return 0;
	tok->start = i;
	tok->flen = 0;
	int first = 1;
	tok->cap = tok->digit = 0;
	while (i < n) {
		int32_t cp;
		size_t k = rcp__utf8_next(st->s, n, i, &cp);
		if (!rcp__is_word_cp(cp))
			break;
		if (first) {
			tok->cap = rcp__is_upper_cp(cp);
			tok->digit = cp >= '0' && cp <= '9';
			first = 0;
		}
		char fb[RCP_FOLD_CP_MAX];
		size_t m = rcp__fold_cp(cp, fb);
		if (tok->flen + m < sizeof tok->folded)
			memcpy(tok->folded + tok->flen, fb, m);
		tok->flen += m;
		i += k;
	}
	tok->end = i;
	/* an abbreviation only with its period right after it */
	int abbr = st->prev_end < n && st->s[st->prev_end] == '.' &&
	           ref_abbreviation(st->prev, st->prev_len);
	int brk = newlines >= 2 ||
	          ((punct || newlines) && (tok->cap || tok->digit) && (newlines || !abbr));
	if (brk && tok->start > 0)
		st->sentence++;
	tok->sentence = st->sentence;
	st->prev_len = tok->flen < sizeof st->prev ? tok->flen : 0;
	memcpy(st->prev, tok->folded, st->prev_len);
	st->prev_end = i;
	st->pos = i;
	return 1;
}

/* The hash as tokenize.h defines it: folded bytes in little-endian blocks
 * of eight, zero padded, at least two, each mixed in, then the length. */
static uint64_t ref_hash(const char *f, size_t flen)
{
	uint64_t h = 0x243F6A8885A308D3ull;
	size_t nb = (flen + 7) / 8;
	if (nb < 2)
		nb = 2;
	for (size_t b = 0; b < nb; b++) {
		uint64_t block = 0;
		for (size_t j = 0; j < 8 && b * 8 + j < flen; j++)
			block |= (uint64_t)(unsigned char)f[b * 8 + j] << (8 * j);
		h = (h ^ block) * 0x9E3779B97F4A7C15ull;
		h ^= h >> 32;
	}
	return h ^ flen;
}

/* ---- comparing ---- */

static int failures_shown;

static void compare(const char *text, size_t n)
{
	char *buf = malloc(n ? n : 1); /* exactly n bytes: ASan sees overreads */
	memcpy(buf, text, n);
	ref_state r = {buf, n, 0, 0, "", 0, 0};
	mt_tokenizer general, fast;
	rcp__match_tokenizer_init(&general, buf, n);
	rcp__match_tokenizer_init(&fast, buf, n);
	int ok = 1;
	for (int k = 0; ok; k++) {
		ref_tok want;
		mt_tok g, f;
		char folded[24];
		int hw = ref_next(&r, &want);
		int hg = rcp__match_next(&general, &g, folded, sizeof folded);
		int hf = rcp__match_next(&fast, &f, NULL, 0);
		if (hw != hg || hw != hf) {
			ok = 0;
			break;
		}
		if (!hw)
			break;
		size_t want_flen = want.flen > 255 ? 255 : want.flen;
		uint64_t want_hash = want.flen < sizeof want.folded ? ref_hash(want.folded, want.flen)
		                                                    : g.hash;
		const mt_tok *got[2] = {&g, &f};
		for (int p = 0; p < 2; p++)
			if (got[p]->start != want.start || got[p]->end != want.end ||
			    got[p]->cap != want.cap || got[p]->digit != want.digit ||
			    got[p]->sentence != want.sentence || got[p]->flen != want_flen ||
			    got[p]->hash != want_hash)
				ok = 0;
		/* the general path's folded bytes: the first 23 */
		size_t fl = want.flen < sizeof folded ? want.flen : sizeof folded - 1;
		if (want.flen < sizeof want.folded &&
		    (strlen(folded) > fl || memcmp(folded, want.folded, strlen(folded))))
			ok = 0;
		if (!ok && failures_shown < 5) {
			failures_shown++;
			fprintf(stderr, "token %d of '%.*s': want %zu-%zu cap %d digit %d sentence %u "
			        "flen %zu; general %u-%u %d %d %u %u; fast %u-%u %d %d %u %u\n",
			        k, (int)n, text, want.start, want.end, want.cap, want.digit,
			        want.sentence, want.flen, g.start, g.end, g.cap, g.digit, g.sentence,
			        g.flen, f.start, f.end, f.cap, f.digit, f.sentence, f.flen);
		}
	}
	if (ok)
		t_pass++;
	else
		t_fail++;
	free(buf);
}

/* The scanner's filtered step against the general path's words with the
 * same rule applied: a matcher with nothing but a random filter (about
 * one word in four passes, as a small registry's common words would),
 * half of them marked to be seen alone, and a random pair filter (about
 * half of the pairs pass): a word that passes and is not alone is seen
 * only when the next word is in its sentence and the pair passes. */
static uint64_t filter_bits[64], pair_bits[64];

static void compare_filtered(const char *text, size_t n)
{
	char *buf = malloc(n ? n : 1); /* exactly n bytes: ASan sees overreads */
	memcpy(buf, text, n);
	rcp_matcher m = {0};
	m.filter_words = 64;
	m.filter_shift = 64 - 6;
	m.filter = filter_bits;
	m.pair_words = 64;
	m.pair_shift = 64 - 6;
	m.pairs = pair_bits;
	mt_tokenizer general, fast;
	rcp__match_tokenizer_init(&general, buf, n);
	rcp__match_tokenizer_init(&fast, buf, n);
	/* the general path's words, then those the rule keeps */
	size_t nw = 0, cap = 64;
	mt_tok *all = malloc(cap * sizeof *all);
	char folded[24];
	for (;;) {
		if (nw == cap)
			all = realloc(all, (cap *= 2) * sizeof *all);
		if (!rcp__match_next(&general, &all[nw], folded, sizeof folded))
			break;
		nw++;
	}
	int ok = 1;
	size_t k = 0;
	for (;;) {
		while (k < nw) {
			uint64_t bits, w = mt_filter_probe(m.filter, m.filter_shift, all[k].hash, &bits);
			if ((w & bits) == bits &&
			    (mt_filter_alone(all[k].hash, w) ||
			     (k + 1 < nw && all[k + 1].sentence == all[k].sentence &&
			      mt_pair_has(&m, all[k].hash, all[k + 1].hash))))
				break;
			k++;
		}
		mt_tok f;
		int hf = mt__step_filtered(&fast, &f, &m);
		if ((k < nw) != hf) {
			ok = 0;
			break;
		}
		if (!hf)
			break;
		const mt_tok *g = &all[k++];
		if (g->start != f.start || g->end != f.end || g->cap != f.cap || g->digit != f.digit ||
		    g->sentence != f.sentence || g->flen != f.flen || g->hash != f.hash) {
			ok = 0;
			break;
		}
	}
	if (ok)
		t_pass++;
	else {
		t_fail++;
		if (failures_shown++ < 5)
			fprintf(stderr, "filtered step differs on '%.*s'\n", (int)n, text);
	}
	free(all);
	free(buf);
}

/* every prefix and every suffix: words end at the buffer's end and start
 * at every offset of a block */
static void compare_cuts(const char *text)
{
	size_t n = strlen(text);
	for (size_t k = 0; k <= n; k++)
		compare(text, k);
	for (size_t k = 1; k < n && k < 20; k++)
		compare(text + k, n - k);
}

static const char *const cases[] = {
	"Microsoft supplied Azure.",
	"MICROSOFT's cloud, Microsoft’s cloud",
	"le ministère israélien de la Défense a signé",
	"LE MINISTÈRE ISRAÉLIEN DE LA DÉFENSE",
	"Ça dit: Microsoft. €€€ Bundeswehr",
	"Die Straße AG und die STRASSE",
	"The U.S. Army said. Inc. said so. Mr. Smith left! Then? Approx. 3 units.",
	"version 19.1 and 1.2.3 are numbers. 2024 was a year",
	"one line\nNext line\nlower line\n\nBlank line above",
	"a…B 。C end",
	"supercalifragilisticexpialidocious antidisestablishmentarianism",
	"exactly8 exactly16exactly16 fifteenchars123 sixteenchars1234 seventeenchar1234",
	"Zorblax\xc3\xa9nd ascii\xe2\x80\x99s",       /* high bytes inside ASCII words */
	"bad \xff\xfe bytes \xc3 truncated \xe2\x82 and\xc3",
	"caf\xc3\xa9s e\xcc\x81t\xcc\x81s \xcc\x81mark first", /* combining marks */
	"ﬁnance ﬀ Ⅻ ½ ２０２４ ＡＢＣ",
	"חברת אלביט מערכות זכתה",
	"   leading spaces\t\ttabs\r\nCRLF \"quoted\" (paren) [bracket]. Next",
	"x",
	"",
	".",
	"A. B. C.",
	"ZB. Zb. zb. Sra. SRA. sra. dept. Dept. Bzw. d.h. z.B. u.s.",
	"Inc.\nNew line after abbreviation. I.B.M. Corp. Acquired",
	"É. Ö. İstanbul. ǅemal. ß.",
};

static uint64_t rng = 0x9E3779B97F4A7C15ull;

static unsigned rnd(unsigned n)
{
	return test_rand(&rng, n);
}

static const char *const pieces[] = {
	"a", "b", "z", "Q", "X", "E", "0", "7", "inc", "Inc", "U", "co", "approx", "St",
	" ", " ", " ", " ", ", ", ". ", "!", "?", ".", "\n", "\n\n", "\t", "'", "\"", ")", "]",
	"-", "/", "é", "É", "ß", "ø", "Ł", "ﬁ", "…", "’", "\xcc\x81", "\xff", "\xc3", "\xe2\x82",
	"ä", "漢", "\xd7\x90", "１", "½", "\xc2\xa0", "。", "19.1", "U.S.",
	"\xc0\x80", "\xdf\xbf", "Ǆ", "ΐ", "Ω", "Ж", "ب", "\xc2\x85",
	"longwordlongwordlongword", "Mixedcaseword", "ALLCAPS", "eightchr", "sixteencharacter",
};

/* The sentence of each word of text, by the general path. */
static void sentences_of(const char *text, uint32_t *sent, size_t max, size_t *nw)
{
	mt_tokenizer t;
	mt_tok tok;
	char folded[24];
	rcp__match_tokenizer_init(&t, text, strlen(text));
	*nw = 0;
	while (*nw < max && rcp__match_next(&t, &tok, folded, sizeof folded))
		sent[(*nw)++] = tok.sentence;
}

/* A one-character word is an initial only with its period right after it:
 * "del 67,7%. Este" ends a sentence; "J. Smith", "U.S. Army" do not. */
static void test_percent_period(void)
{
	uint32_t s[16];
	size_t n;
	sentences_of("con un acumulado del 67,7%. Este porcentaje sube.", s, 16, &n);
	CHECK(n == 9 && s[5] == 0 && s[6] == 1);
	sentences_of("It grew 7%. Then it fell.", s, 16, &n);
	CHECK(n == 6 && s[2] == 0 && s[3] == 1);
	sentences_of("Plan B? Yes.", s, 16, &n);
	CHECK(n == 3 && s[1] == 0 && s[2] == 1);
	sentences_of("J. Smith met the U.S. Army.", s, 16, &n);
	CHECK(n == 7 && s[6] == 0);
}

/* Every three-byte code point, inside a word ("x" cp "y") and starting
 * one: the words, their folded bytes and capitals are what the folding
 * functions make of it (the tokenizer takes uncased letters that fold to
 * themselves from a bitmap), on both paths. */
static void test_three_byte_code_points(void)
{
	int bad = 0, shown = 0;
	for (int32_t cp = 0x800; cp <= 0xFFFF; cp++) {
		if (cp >= 0xD800 && cp <= 0xDFFF)
			continue;
		char u[4], fb[RCP_FOLD_CP_MAX], text[32], want[96], folded[96];
		size_t un = rcp__utf8_put(cp, u);
		size_t fn = rcp__fold_cp(cp, fb);
		int word = rcp__is_word_cp(cp);
		/* "x<cp>y z": one word xfy when cp is a word character, else x and y */
		size_t n = 0;
		text[n++] = 'x';
		memcpy(text + n, u, un);
		n += un;
		memcpy(text + n, "y ", 2);
		n += 2;
		snprintf(want, sizeof want, "x%.*sy", (int)fn, fb);
		mt_tokenizer t;
		mt_tok tok;
		rcp__match_tokenizer_init(&t, text, n);
		if (!rcp__match_next(&t, &tok, folded, sizeof folded))
			bad++;
		else if (word ? strcmp(folded, want) != 0 : strcmp(folded, "x") != 0)
			bad++;
		compare(text, n);
		/* the code point first: its capital */
		rcp__match_tokenizer_init(&t, u, un);
		if (word && (!rcp__match_next(&t, &tok, folded, sizeof folded) ||
		             tok.cap != (rcp__is_upper_cp(cp) != 0) || strlen(folded) != fn ||
		             memcmp(folded, fb, fn)))
			bad++;
		if (bad && !shown) {
			fprintf(stderr, "U+%04X: '%s'\n", (unsigned)cp, folded);
			shown = 1;
		}
	}
	CHECK_INT(bad, 0);
}

int main(void)
{
	test_three_byte_code_points();
	test_percent_period();
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++)
		compare_cuts(cases[i]);
	char text[400];
	for (int r = 0; r < 4000; r++) {
		size_t n = 0;
		unsigned parts = 1 + rnd(30);
		for (unsigned k = 0; k < parts; k++) {
			const char *p = pieces[rnd(sizeof pieces / sizeof pieces[0])];
			size_t l = strlen(p);
			if (n + l >= sizeof text)
				break;
			memcpy(text + n, p, l);
			n += l;
		}
		compare(text, n);
		if (r % 16 == 0)
			for (size_t k = 1; k < 17 && k < n; k++)
				compare(text + k, n - k);
	}
	for (size_t i = 0; i < 64; i++) /* about half the bits: a quarter of the words pass */
		filter_bits[i] = ((uint64_t)rnd(1u << 31) << 33) ^ ((uint64_t)rnd(1u << 31) << 2) ^ rnd(4);
	for (size_t i = 0; i < 64; i++) /* three bits in four: about half the pairs pass */
		pair_bits[i] = (((uint64_t)rnd(1u << 31) << 33) ^ ((uint64_t)rnd(1u << 31) << 2) ^ rnd(4)) |
		               (((uint64_t)rnd(1u << 31) << 33) ^ ((uint64_t)rnd(1u << 31) << 2) ^ rnd(4));
	/* longer texts, mostly plain words (the scanner's 64-byte blocks take
	 * those), now and then anything from the pieces above; each cut at
	 * every length, so a block's end, the text's end and the last 80
	 * bytes (where blocks stop) fall everywhere */
	static const char *const plain[] = {
		"the", "of", "Army", "supplied", "Elbit", "systems", "a", "I", "Q", "2024",
		"fifteencharsabc", "sixteencharsabcd", "eightchr", "Inc", "U", "St", "approx",
		" ", " ", " ", " ", " ", " ", ", ", ", ", ". ", ". ", ".", " (", ") ", "\n",
	};
	char big[600];
	for (int r = 0; r < 300; r++) {
		size_t n = 0;
		unsigned parts = 20 + rnd(200);
		for (unsigned k = 0; k < parts; k++) {
			const char *p = rnd(8) ? plain[rnd(sizeof plain / sizeof plain[0])]
			                       : pieces[rnd(sizeof pieces / sizeof pieces[0])];
			size_t l = strlen(p);
			if (n + l >= sizeof big)
				break;
			memcpy(big + n, p, l);
			n += l;
		}
		for (size_t k = 0; k <= n; k++) {
			compare(big, k);
			compare_filtered(big, k);
		}
		for (size_t k = 1; k < 65 && k < n; k++)
			compare(big + k, n - k);
	}
	/* text in other scripts (the block takes words of two-byte letters
	 * and three-byte ones that fold to themselves, ASCII among them):
	 * Cyrillic, Greek, Latin with diacritics, CJK, kana, in capitals and
	 * not, words repeated, marks of 0x80 and more inside words and
	 * between them, bytes that are not UTF-8, and words cut by a block's
	 * end; each text cut at every length, and a long line without a line
	 * break, against the reference and the general path */
	static const char *const scripts[] = {
		"Рихимо", "РИХИМО", "рихимо", "Ж", "ж", "Ελμοζι", "ΕΛΜΟΖΙ", "ελμοζις", "Ω", "ΐ",
		"冝倆五偵伨", "一", "五冝", "かな", "カタカナ", "Défense", "DÉFENSE", "Łódź", "ß",
		"Zo", "Kaer", "Xi", "Bank", "2024", "abcdefghijklmnopqrstu", "Жabc", "abcЖ", "x五",
		"ﬁnance", "İstanbul", "ǅemal", "e\xcc\x81t", "\xcc\x81" "mark", "Ж—Ж", "a\xc2\xa0" "b",
		"\xd7\x90\xd7\x91", "\xe2\x80\x99s", "\xff\xfe", "\xc3", "\xe2\x82", "𝔘nicode",
		"ПроизводственнаяКомпания", "Επιχειρήσεις", "日本電信電話株式会社",
		" ", " ", " ", " ", " ", ", ", ". ", ". ", "! ", "\n", "。", "…", " (", ") ", "\t",
	};
	static char huge[1 << 14];
	for (int r = 0; r < 250; r++) {
		size_t n = 0, cap = r % 50 == 0 ? sizeof huge : 700;
		unsigned parts = 10 + rnd(r % 50 == 0 ? 4000 : 200);
		const char *last = " ";
		for (unsigned k = 0; k < parts; k++) {
			const char *p = rnd(6) ? scripts[rnd(sizeof scripts / sizeof scripts[0])]
			                       : rnd(2) ? last : plain[rnd(sizeof plain / sizeof plain[0])];
			if (rnd(3) && n + 1 < cap) /* words apart, mostly */
				huge[n++] = ' ';
			size_t l = strlen(p);
			if (n + l >= cap)
				break;
			memcpy(huge + n, p, l);
			n += l;
			last = p;
		}
		if (cap == sizeof huge) {
			compare(huge, n);
			compare_filtered(huge, n);
			for (size_t k = n > 200 ? n - 200 : 0; k <= n; k++)
				compare(huge, k);
			continue;
		}
		for (size_t k = 0; k <= n; k++) {
			compare(huge, k);
			compare_filtered(huge, k);
		}
		for (size_t k = 1; k < 65 && k < n; k++)
			compare(huge + k, n - k);
	}
	/* words that fold to the same bytes hash the same on both paths */
	const char *same[][2] = {
		{"DEFENSE", "Défense"}, {"STRASSE", "straße"}, {"microsoft", "MICROSOFT"},
		{"finance", "ﬁnance"}, {"abcdefghijklmnop", "ABCDEFGHIJKLMNOP"},
	};
	for (size_t i = 0; i < sizeof same / sizeof same[0]; i++) {
		mt_tokenizer a, b;
		mt_tok ta, tb;
		rcp__match_tokenizer_init(&a, same[i][0], strlen(same[i][0]));
		rcp__match_tokenizer_init(&b, same[i][1], strlen(same[i][1]));
		CHECK(rcp__match_next(&a, &ta, NULL, 0) && rcp__match_next(&b, &tb, NULL, 0));
		CHECK(ta.hash == tb.hash);
	}
	TEST_END();
}
