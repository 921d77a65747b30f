package org.paperkg.server;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;

import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaRange;
import org.apache.jena.atlas.web.MediaType;
import org.apache.jena.fuseki.DEF;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.sparql.core.Quad;

/**
 * Makes a graph-store export of the whole dataset in a triples-only syntax return the union graph.
 *
 * <p>What Fuseki 5.6.0 itself does for {@code GET /kg} (no {@code graph=}/{@code default}): it negotiates only
 * over quad syntaxes; N-Quads, TriG and JSON-LD come back as asked, but {@code Accept: text/turtle} (or
 * N-Triples, RDF/XML) silently gets N-Quads. {@code GET /kg?default} returns the real default graph, which is
 * empty in paperkg because all data lives in named graphs (the union-default-graph setting only affects
 * SPARQL). {@code GET /kg?graph=urn:x-arq:UnionGraph} returns the union of the named graphs.
 *
 * <p>So when the client's Accept header prefers a triples-only syntax over every quad syntax, this filter adds
 * {@code graph=urn:x-arq:UnionGraph} to the request: Turtle, N-Triples and RDF/XML exports then hold every
 * triple of the knowledge graph (graph names dropped, duplicates merged). Requests that already name a graph,
 * carry a query, or prefer a quad syntax (or say nothing / {@code *}{@code /*}) are untouched.
 */
final class UnionGraphExportFilter implements Filter {

    /** Quad syntaxes first, so that a tie (e.g. {@code *}{@code /*}) keeps Fuseki's default, N-Quads. */
    private static final AcceptList OFFER;
    static {
        List<MediaRange> offer = new ArrayList<>(DEF.quadsOffer.entries());
        offer.addAll(DEF.rdfOffer.entries());
        OFFER = new AcceptList(offer);
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse resp, FilterChain chain)
            throws IOException, ServletException {
        if (req instanceof HttpServletRequest request && wantsUnionTriples(request)) {
            chain.doFilter(new AddGraphParam(request, Quad.unionGraph.getURI()), resp);
            return;
        }
        chain.doFilter(req, resp);
    }

    static boolean wantsUnionTriples(HttpServletRequest request) {
        String method = request.getMethod();
        if (!"GET".equalsIgnoreCase(method) && !"HEAD".equalsIgnoreCase(method)) {
            return false;
        }
        if (request.getParameter("graph") != null || request.getParameter("default") != null
                || request.getParameter("query") != null) {
            return false;
        }
        String accept = request.getHeader("Accept");
        if (accept == null || accept.isBlank()) {
            return false;
        }
        MediaType chosen;
        try {
            chosen = AcceptList.match(new AcceptList(accept), OFFER);
        } catch (RuntimeException e) {
            return false;   // unparseable Accept header: leave it to Fuseki
        }
        if (chosen == null) {
            return false;
        }
        Lang lang = RDFLanguages.contentTypeToLang(chosen.getContentTypeStr());
        return lang != null && RDFLanguages.isTriples(lang) && !RDFLanguages.isQuads(lang);
    }

    /** The request with one extra query parameter. */
    private static final class AddGraphParam extends HttpServletRequestWrapper {
        private final Map<String, String[]> params;
        private final String queryString;

        AddGraphParam(HttpServletRequest request, String graph) {
            super(request);
            Map<String, String[]> p = new HashMap<>(request.getParameterMap());
            p.put("graph", new String[] {graph});
            this.params = Collections.unmodifiableMap(p);
            String qs = request.getQueryString();
            String add = "graph=" + java.net.URLEncoder.encode(graph, java.nio.charset.StandardCharsets.UTF_8);
            this.queryString = (qs == null || qs.isEmpty()) ? add : qs + "&" + add;
        }

        @Override
        public String getParameter(String name) {
            String[] v = params.get(name);
            return v == null || v.length == 0 ? null : v[0];
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            return params;
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.enumeration(params.keySet());
        }

        @Override
        public String[] getParameterValues(String name) {
            return params.get(name);
        }

        @Override
        public String getQueryString() {
            return queryString;
        }
    }
}
