/**
 * Every track of a port as one MapLibre custom layer: one vertex buffer, one draw call, lines extruded to
 * their width in the vertex shader and antialiased in the fragment shader, drawn into a texture that is
 * reused for every frame in which the camera has not moved.
 *
 * Why not MapLibre's line layer: it cuts Manzanillo's 24,000 tracks into tiles, tessellates them per tile
 * and repaints all of them for every tile of any source that arrives. With software WebGL (SwiftShader: CI,
 * and operations-floor PCs without a GPU) a frame of those lines costs ≈ 350 ms, and loading the map paints
 * three or four of them. Here the tracks are drawn once per camera position, and other frames copy a texture.
 */
import type { CustomLayerInterface, CustomRenderMethodInput, Map as MapLibreMap } from 'maplibre-gl';
import { FLOATS_PER_VERTEX, type TrackGeometry } from './track-geometry.ts';

const LINE_VERTEX_SHADER = `#version 300 es
uniform mat4 u_matrix;
uniform vec2 u_half_viewport;
uniform float u_half_width;
in vec2 a_pos;
in vec2 a_other;
in float a_side;
in float a_alert;
in float a_end;
out float v_side;
out float v_alert;
out float v_along;
void main() {
  vec4 here = u_matrix * vec4(a_pos, 0.0, 1.0);
  vec4 there = u_matrix * vec4(a_other, 0.0, 1.0);
  vec2 direction = there.xy / there.w * u_half_viewport - here.xy / here.w * u_half_viewport;
  float len = length(direction);
  vec2 normal = len > 0.0 ? vec2(-direction.y, direction.x) / len : vec2(0.0, 1.0);
  // Half a pixel beyond the width on each side, for the antialiased edge.
  float extent = u_half_width + 0.5;
  here.xy += normal * a_side * extent / u_half_viewport * here.w;
  gl_Position = here;
  v_side = a_side * extent;
  v_alert = a_alert;
  // Pixels from the segment's start: 0 at its start, its screen length at its end, interpolated between.
  v_along = a_end * len;
}`;

const LINE_FRAGMENT_SHADER = `#version 300 es
precision highp float;
uniform vec4 u_color;
uniform vec4 u_alert_color;
uniform float u_half_width;
uniform float u_dash;
in float v_side;
in float v_alert;
in float v_along;
out vec4 fragColor;
void main() {
  // Dashed: a track is a straight link between recorded places ("as the crow flies"), not the road taken.
  if (mod(v_along, u_dash * 1.8) > u_dash) discard;
  float coverage = clamp(u_half_width + 0.5 - abs(v_side), 0.0, 1.0);
  vec4 color = mix(u_color, u_alert_color, v_alert);
  fragColor = vec4(color.rgb, 1.0) * color.a * coverage;
}`;

const COPY_VERTEX_SHADER = `#version 300 es
in vec2 a_corner;
out vec2 v_uv;
void main() {
  gl_Position = vec4(a_corner, 0.0, 1.0);
  v_uv = a_corner * 0.5 + 0.5;
}`;

const COPY_FRAGMENT_SHADER = `#version 300 es
precision highp float;
uniform sampler2D u_tracks;
in vec2 v_uv;
out vec4 fragColor;
void main() {
  fragColor = texture(u_tracks, v_uv);
}`;

/** Length of a dash in CSS pixels; the gap after it is 0.8 of that. */
const DASH_PX = 6;

/** '#rrggbb' and an opacity as RGBA floats. */
function rgba(hex: string, opacity: number): [number, number, number, number] {
  const n = Number.parseInt(hex.slice(1), 16);
  return [((n >> 16) & 255) / 255, ((n >> 8) & 255) / 255, (n & 255) / 255, opacity];
}

function program(gl: WebGL2RenderingContext, vertex: string, fragment: string): WebGLProgram {
  const linked = gl.createProgram();
  for (const [type, source] of [
    [gl.VERTEX_SHADER, vertex],
    [gl.FRAGMENT_SHADER, fragment],
  ] as const) {
    const shader = gl.createShader(type)!;
    gl.shaderSource(shader, source);
    gl.compileShader(shader);
    if (!gl.getShaderParameter(shader, gl.COMPILE_STATUS)) throw new Error(gl.getShaderInfoLog(shader) ?? '');
    gl.attachShader(linked, shader);
  }
  gl.linkProgram(linked);
  if (!gl.getProgramParameter(linked, gl.LINK_STATUS)) throw new Error(gl.getProgramInfoLog(linked) ?? '');
  return linked;
}

export interface TrackLayerStyle {
  color: string;
  alertColor: string;
  opacity: number;
  alertOpacity: number;
  /** Line width in CSS pixels at a zoom. */
  width: (zoom: number) => number;
}

interface GlResources {
  lines: WebGLProgram;
  copy: WebGLProgram;
  corners: WebGLBuffer;
  copyVao: WebGLVertexArrayObject;
  framebuffer: WebGLFramebuffer;
  texture: WebGLTexture;
  textureSize: [number, number];
  linesVao: WebGLVertexArrayObject | null;
  lineBuffers: WebGLBuffer[];
}

export class TrackLayer implements CustomLayerInterface {
  readonly type = 'custom' as const;
  readonly renderingMode = '2d' as const;
  private map: MapLibreMap | null = null;
  private gl: GlResources | null = null;
  private uploaded = false;
  /** What the texture holds: the camera, canvas size, width and geometry it was drawn with. */
  private drawnKey = '';
  private version = 0;

  constructor(
    readonly id: string,
    private geometry: TrackGeometry,
    private readonly style: TrackLayerStyle,
  ) {}

  /** Replaces the tracks drawn; uploaded at the next frame. */
  setGeometry(geometry: TrackGeometry): void {
    this.geometry = geometry;
    this.uploaded = false;
    this.version += 1;
    this.map?.triggerRepaint();
  }

  get current(): TrackGeometry {
    return this.geometry;
  }

  onAdd(map: MapLibreMap, gl: WebGL2RenderingContext): void {
    this.map = map;
    const copy = program(gl, COPY_VERTEX_SHADER, COPY_FRAGMENT_SHADER);
    const copyVao = gl.createVertexArray();
    gl.bindVertexArray(copyVao);
    const corners = gl.createBuffer();
    gl.bindBuffer(gl.ARRAY_BUFFER, corners);
    gl.bufferData(
      gl.ARRAY_BUFFER,
      new Float32Array([-1, -1, 1, -1, -1, 1, -1, 1, 1, -1, 1, 1]),
      gl.STATIC_DRAW,
    );
    const corner = gl.getAttribLocation(copy, 'a_corner');
    gl.enableVertexAttribArray(corner);
    gl.vertexAttribPointer(corner, 2, gl.FLOAT, false, 0, 0);
    gl.bindVertexArray(null);
    this.gl = {
      lines: program(gl, LINE_VERTEX_SHADER, LINE_FRAGMENT_SHADER),
      copy,
      corners,
      copyVao,
      framebuffer: gl.createFramebuffer(),
      texture: gl.createTexture(),
      textureSize: [0, 0],
      linesVao: null,
      lineBuffers: [],
    };
    this.uploaded = false;
    this.drawnKey = '';
  }

  private upload(gl: WebGL2RenderingContext, resources: GlResources): void {
    for (const buffer of resources.lineBuffers) gl.deleteBuffer(buffer);
    if (resources.linesVao) gl.deleteVertexArray(resources.linesVao);
    const vao = gl.createVertexArray();
    gl.bindVertexArray(vao);
    const vertexBuffer = gl.createBuffer();
    gl.bindBuffer(gl.ARRAY_BUFFER, vertexBuffer);
    gl.bufferData(gl.ARRAY_BUFFER, this.geometry.vertices, gl.STATIC_DRAW);
    const stride = FLOATS_PER_VERTEX * 4;
    for (const [name, size, offset] of [
      ['a_pos', 2, 0],
      ['a_other', 2, 2],
      ['a_side', 1, 4],
      ['a_alert', 1, 5],
      ['a_end', 1, 6],
    ] as const) {
      const location = gl.getAttribLocation(resources.lines, name);
      gl.enableVertexAttribArray(location);
      gl.vertexAttribPointer(location, size, gl.FLOAT, false, stride, offset * 4);
    }
    const indexBuffer = gl.createBuffer();
    gl.bindBuffer(gl.ELEMENT_ARRAY_BUFFER, indexBuffer);
    gl.bufferData(gl.ELEMENT_ARRAY_BUFFER, this.geometry.indices, gl.STATIC_DRAW);
    gl.bindVertexArray(null);
    resources.linesVao = vao;
    resources.lineBuffers = [vertexBuffer, indexBuffer];
    this.uploaded = true;
  }

  /** A texture the size of the canvas, cleared, bound as the framebuffer's colour. */
  private bindTarget(
    gl: WebGL2RenderingContext,
    resources: GlResources,
    width: number,
    height: number,
  ): void {
    gl.bindTexture(gl.TEXTURE_2D, resources.texture);
    if (resources.textureSize[0] !== width || resources.textureSize[1] !== height) {
      gl.texImage2D(gl.TEXTURE_2D, 0, gl.RGBA, width, height, 0, gl.RGBA, gl.UNSIGNED_BYTE, null);
      gl.texParameteri(gl.TEXTURE_2D, gl.TEXTURE_MIN_FILTER, gl.NEAREST);
      gl.texParameteri(gl.TEXTURE_2D, gl.TEXTURE_MAG_FILTER, gl.NEAREST);
      gl.texParameteri(gl.TEXTURE_2D, gl.TEXTURE_WRAP_S, gl.CLAMP_TO_EDGE);
      gl.texParameteri(gl.TEXTURE_2D, gl.TEXTURE_WRAP_T, gl.CLAMP_TO_EDGE);
      resources.textureSize = [width, height];
    }
    gl.bindFramebuffer(gl.FRAMEBUFFER, resources.framebuffer);
    gl.framebufferTexture2D(gl.FRAMEBUFFER, gl.COLOR_ATTACHMENT0, gl.TEXTURE_2D, resources.texture, 0);
    gl.viewport(0, 0, width, height);
    gl.clearColor(0, 0, 0, 0);
    gl.clear(gl.COLOR_BUFFER_BIT);
  }

  /** The offscreen pass: redraws the tracks into the texture only when the view or the tracks changed. */
  prerender(gl: WebGL2RenderingContext | WebGLRenderingContext, options: CustomRenderMethodInput): void {
    const resources = this.gl;
    const map = this.map;
    if (!resources || !map || !('createVertexArray' in gl)) return;
    if (!this.uploaded) this.upload(gl, resources);
    const { width, height } = map.getCanvas();
    const pixelRatio = width / Math.max(1, map.getCanvas().clientWidth);
    const halfWidth = (this.style.width(map.getZoom()) * pixelRatio) / 2;
    const matrix = options.defaultProjectionData.mainMatrix;
    const key = `${this.version}|${width}x${height}|${halfWidth}|${Array.from(matrix).join(',')}`;
    if (key === this.drawnKey) return;
    this.bindTarget(gl, resources, width, height);
    if (this.geometry.segmentCount > 0 && resources.linesVao) {
      gl.useProgram(resources.lines);
      const uniform = (name: string) => gl.getUniformLocation(resources.lines, name);
      gl.uniformMatrix4fv(uniform('u_matrix'), false, matrix);
      gl.uniform2f(uniform('u_half_viewport'), width / 2, height / 2);
      gl.uniform1f(uniform('u_half_width'), halfWidth);
      gl.uniform1f(uniform('u_dash'), DASH_PX * pixelRatio);
      gl.uniform4fv(uniform('u_color'), rgba(this.style.color, this.style.opacity));
      gl.uniform4fv(uniform('u_alert_color'), rgba(this.style.alertColor, this.style.alertOpacity));
      gl.disable(gl.DEPTH_TEST);
      gl.disable(gl.STENCIL_TEST);
      gl.enable(gl.BLEND);
      gl.blendFunc(gl.ONE, gl.ONE_MINUS_SRC_ALPHA);
      gl.bindVertexArray(resources.linesVao);
      gl.drawElements(gl.TRIANGLES, this.geometry.segmentCount * 6, gl.UNSIGNED_INT, 0);
      gl.bindVertexArray(null);
    }
    gl.bindFramebuffer(gl.FRAMEBUFFER, null);
    this.drawnKey = key;
  }

  /** The map's pass: copies the texture (premultiplied) over what is drawn below. */
  render(gl: WebGL2RenderingContext | WebGLRenderingContext): void {
    const resources = this.gl;
    if (!resources || !('createVertexArray' in gl) || this.drawnKey === '') return;
    gl.useProgram(resources.copy);
    gl.activeTexture(gl.TEXTURE0);
    gl.bindTexture(gl.TEXTURE_2D, resources.texture);
    gl.uniform1i(gl.getUniformLocation(resources.copy, 'u_tracks'), 0);
    gl.enable(gl.BLEND);
    gl.blendFunc(gl.ONE, gl.ONE_MINUS_SRC_ALPHA);
    gl.bindVertexArray(resources.copyVao);
    gl.drawArrays(gl.TRIANGLES, 0, 6);
    gl.bindVertexArray(null);
  }

  onRemove(_map: MapLibreMap, gl: WebGL2RenderingContext): void {
    const resources = this.gl;
    if (resources) {
      for (const buffer of [...resources.lineBuffers, resources.corners]) gl.deleteBuffer(buffer);
      for (const vao of [resources.linesVao, resources.copyVao]) if (vao) gl.deleteVertexArray(vao);
      gl.deleteFramebuffer(resources.framebuffer);
      gl.deleteTexture(resources.texture);
      gl.deleteProgram(resources.lines);
      gl.deleteProgram(resources.copy);
    }
    this.gl = null;
    this.map = null;
  }
}
