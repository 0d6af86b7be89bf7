// The two Cytoscape extensions ship without type declarations.
declare module 'cytoscape-fcose' {
  const ext: cytoscape.Ext;
  export default ext;
}

declare module 'cytoscape-svg' {
  const ext: cytoscape.Ext;
  export default ext;
}
