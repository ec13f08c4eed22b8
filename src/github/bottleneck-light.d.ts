// The light build (no clustering) that @octokit/plugin-throttling itself loads; the types are the full build's.
declare module 'bottleneck/light.js' {
  import Bottleneck from 'bottleneck';
  export default Bottleneck;
}
