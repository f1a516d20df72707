/// The dependency labels the sieves read, looked up once by name in the parser's label set
/// (spaCy's English, ClearNLP-style). A label the model lacks is nil and matches nothing.
struct DependencyRelations: Sendable {
    let nsubj, nsubjpass, csubj, agent, pobj, prep, dobj, dative, ccomp, xcomp, parataxis, conj, advcl,
        relcl, acl, appos, punct, mark, neg, aux, auxpass, prt, oprd, attr, advmod, npadvmod, cc, pcomp: DependencyLabel?

    init(model: SyntaxModel) {
        func l(_ name: String) -> DependencyLabel? { model.label(named: name) }
        nsubj = l("nsubj"); nsubjpass = l("nsubjpass"); csubj = l("csubj"); agent = l("agent"); pobj = l("pobj")
        prep = l("prep"); dobj = l("dobj"); dative = l("dative"); ccomp = l("ccomp"); xcomp = l("xcomp")
        parataxis = l("parataxis"); conj = l("conj"); advcl = l("advcl"); relcl = l("relcl"); acl = l("acl")
        appos = l("appos"); punct = l("punct"); mark = l("mark"); neg = l("neg"); aux = l("aux")
        auxpass = l("auxpass"); prt = l("prt"); oprd = l("oprd"); attr = l("attr"); advmod = l("advmod")
        npadvmod = l("npadvmod"); cc = l("cc"); pcomp = l("pcomp")
    }
}
