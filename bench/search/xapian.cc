/*
 * xapian.cc — the same generated corpus and queries (gen.h) through
 * Xapian, for comparison: index a slice with a TermGenerator stemming in
 * each document's language, then run the queries (all terms required,
 * stemmed in English as Xapian's QueryParser does by default with one
 * stemmer) for the top 10 by BM25.
 *
 *   bench_xapian VOCAB DIR [--docs N] [--queries N] [--reuse 1]
 */
#include <xapian.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <string>
#include <vector>

#include "gen.h"

static double now()
{
	using namespace std::chrono;
	return duration<double>(steady_clock::now().time_since_epoch()).count();
}

/* CPU seconds of the process: on a shared machine the load counts in
 * wall time only */
static double cpu()
{
	struct timespec ts;
	clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* Index ndocs generated documents into dir, as receipts indexes them
 * (title weighted 3, stemmed in the document's language), and say how fast. */
static void build(gen &g, const std::string &dir, uint64_t ndocs)
{
	std::string rm = "rm -rf '" + dir + "'";
	if (std::system(rm.c_str()) != 0)
		std::exit(1);
	Xapian::WritableDatabase db(dir, Xapian::DB_CREATE_OR_OVERWRITE);
	Xapian::TermGenerator tg;
	Xapian::Stem stems[GEN_LANGS] = {Xapian::Stem("en"), Xapian::Stem("fr"), Xapian::Stem("es"),
	                                 Xapian::Stem("de")};
	std::vector<char> text(4096);
	char title[512];
	double bytes = 0, t0 = now();
	for (uint64_t i = 0; i < ndocs; i++) {
		size_t tl;
		const char *lang;
		gen_doc(&g, i, title, text.data(), &tl, &lang);
		bytes += (double)(std::strlen(title) + tl);
		int li = 0;
		for (int k = 0; k < GEN_LANGS; k++)
			if (!std::strcmp(lang, g.lang[k].code))
				li = k;
		Xapian::Document doc;
		tg.set_stemmer(stems[li]);
		tg.set_stemming_strategy(Xapian::TermGenerator::STEM_SOME);
		tg.set_document(doc);
		tg.index_text(title, 3, "S");
		tg.increase_termpos();
		tg.index_text(std::string(text.data(), tl));
		db.add_document(doc);
		if ((i + 1) % 50000 == 0)
			db.commit();
	}
	db.commit();
	double secs = now() - t0;
	std::printf("index xapian (slice of %llu documents, %.1f MB): %.1f MB/s (%.1f s)\n",
	            (unsigned long long)ndocs, bytes / 1e6, bytes / 1e6 / secs, secs);
	std::fflush(stdout);

}

int main(int argc, char **argv)
{
	if (argc < 3) {
		std::fprintf(stderr, "usage: bench_xapian VOCAB DIR [--docs N] [--queries N] [--reuse 1]\n");
		return 2;
	}
	uint64_t ndocs = 100000;
	int nq = 1000;
	int reuse = 0; /* --reuse 1: query the index DIR holds, don't build */
	for (int i = 3; i + 1 < argc; i += 2) {
		if (!std::strcmp(argv[i], "--docs"))
			ndocs = std::strtoull(argv[i + 1], nullptr, 10);
		else if (!std::strcmp(argv[i], "--queries"))
			nq = std::atoi(argv[i + 1]);
		else if (!std::strcmp(argv[i], "--reuse"))
			reuse = std::atoi(argv[i + 1]);
	}
	gen g;
	if (gen_init(&g, argv[1], 42) < 0)
		return 1;
	std::string dir = std::string(argv[2]) + "/xapian-db";
	if (!reuse)
		build(g, dir, ndocs);
	Xapian::Database db(dir);
	Xapian::Enquire enq(db);
	Xapian::QueryParser qp;
	qp.set_stemmer(Xapian::Stem("en"));
	qp.set_stemming_strategy(Xapian::QueryParser::STEM_SOME);
	qp.set_default_op(Xapian::Query::OP_AND);
	qp.set_database(db);
	for (int kind = 0; kind < GEN_QUERY_KINDS; kind++) {
		std::vector<double> lat((size_t)nq), clat((size_t)nq);
		for (int round = 0; round < 2; round++) {
			for (int i = 0; i < nq; i++) {
				char q[256];
				gen_query_kind(&g, (uint64_t)i, kind, q);
				double q0 = now(), c0 = cpu();
				enq.set_query(qp.parse_query(q));
				Xapian::MSet m = enq.get_mset(0, 10);
				(void)m.size();
				lat[(size_t)i] = (now() - q0) * 1000;
				clat[(size_t)i] = (cpu() - c0) * 1000;
			}
		}
		std::sort(lat.begin(), lat.end());
		std::sort(clat.begin(), clat.end());
		std::printf("query xapian (top 10, BM25, slice), %s: p50 %.3f ms, p99 %.3f ms;"
		            " CPU time p50 %.3f ms, p99 %.3f ms\n",
		            gen_query_kinds[kind], lat[(size_t)nq / 2], lat[(size_t)(nq * 99) / 100],
		            clat[(size_t)nq / 2], clat[(size_t)(nq * 99) / 100]);
	}
	gen_free(&g);
	return 0;
}
