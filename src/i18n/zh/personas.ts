import type { Area } from '../catalogue.ts';
import type { personas as en } from '../en/personas.ts';

export const personas: Area<typeof en> = {
  'personas.button': '角色',
  'personas.panel.title': '角色',
  'personas.panel.close': '关闭角色',
  'personas.panel.intro': '这段旅程是为谁而设。在情绪泳道的标题处把泳道交给某个角色：地图会用该角色的颜色画出其曲线，现状为实线，目标为虚线。',
  'personas.panel.empty': '还没有角色。',
  'personas.add': '添加角色',
  'personas.full': '一个白板最多容纳 {max} 个角色。',
  'personas.untitled': '未命名角色',
  'personas.curves': '{count, plural, =0 {地图上没有曲线} other {地图上有 # 条曲线}}',
  'personas.edit': '编辑{name}',
  'personas.field.name': '名称',
  'personas.field.description': '描述',
  'personas.field.goals': '目标',
  'personas.field.needs': '需求',
  'personas.field.frustrations': '痛点',
  'personas.field.quote': '原话',
  'personas.field.initials': '缩写',
  'personas.field.colour': '颜色',
  'personas.delete': '删除角色',
  'personas.who.label': '本看板的角色',
  'personas.who.open': '打开角色 {name}',
  'personas.who.all': '角色…',
  'personas.who.none': '把目标客户写成角色…',
  'personas.deleteHint': '其曲线仍留在地图上，不再属于任何角色。',
};
