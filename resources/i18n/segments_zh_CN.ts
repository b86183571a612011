<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>BulkTagsDialog</name>
    <message>
        <location filename="../../desktop/memberdesk/ui/segments/bulk_tags_dialog.py" line="38"/>
        <source>Tags for many members</source>
        <translation>批量标签</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/segments/bulk_tags_dialog.py" line="43"/>
        <source>These phones or card numbers:</source>
        <translation>以下手机号或卡号：</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/segments/bulk_tags_dialog.py" line="47"/>
        <source>One a line, or separated by commas</source>
        <translation>每行一个，或用逗号分隔</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/memberdesk/ui/segments/bulk_tags_dialog.py" line="51"/>
        <source>The %n member(s) the list shows</source>
        <translation>
            <numerusform>列表中的 %n 位会员</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/segments/bulk_tags_dialog.py" line="56"/>
        <source>Give the tag</source>
        <translation>打上标签</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/segments/bulk_tags_dialog.py" line="59"/>
        <source>Take the tag off</source>
        <translation>去掉标签</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/segments/bulk_tags_dialog.py" line="62"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/segments/bulk_tags_dialog.py" line="65"/>
        <source>Tag</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/segments/bulk_tags_dialog.py" line="87"/>
        <source>New tag for the store&apos;s list</source>
        <translation>新标签（加入本店标签表）</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/segments/bulk_tags_dialog.py" line="88"/>
        <source>Add to the list</source>
        <translation>加入标签表</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/segments/bulk_tags_dialog.py" line="91"/>
        <source>Remove the chosen tag</source>
        <translation>删除所选标签</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/segments/bulk_tags_dialog.py" line="94"/>
        <source>Clerks may type new tags at the card</source>
        <translation>允许店员在会员卡上自填新标签</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/segments/bulk_tags_dialog.py" line="106"/>
        <source>The store&apos;s list (the manager keeps it):</source>
        <translation>本店标签表（由店长维护）：</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/segments/bulk_tags_dialog.py" line="127"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/segments/bulk_tags_dialog.py" line="146"/>
        <source>Choose a tag first.</source>
        <translation>请先选择标签。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/memberdesk/ui/segments/bulk_tags_dialog.py" line="161"/>
        <source>%n member(s) given the tag.</source>
        <translation>
            <numerusform>已为 %n 位会员打上标签。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/memberdesk/ui/segments/bulk_tags_dialog.py" line="163"/>
        <source>The tag taken off %n member(s).</source>
        <translation>
            <numerusform>已为 %n 位会员去掉标签。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/segments/bulk_tags_dialog.py" line="166"/>
        <source>Not found: %1</source>
        <translation>未找到：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/segments/bulk_tags_dialog.py" line="182"/>
        <source>The tag is on the store&apos;s list.</source>
        <translation>标签已加入本店标签表。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/segments/bulk_tags_dialog.py" line="195"/>
        <source>The tag is removed.</source>
        <translation>标签已删除。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/segments/bulk_tags_dialog.py" line="197"/>
        <source>The tag is off the list; the members who carry it keep it.</source>
        <translation>标签已移出标签表；已打上该标签的会员仍保留。</translation>
    </message>
</context>
<context>
    <name>MemberTagsDialog</name>
    <message>
        <location filename="../../desktop/memberdesk/ui/segments/tags_dialog.py" line="33"/>
        <source>Member&apos;s tags</source>
        <translation>会员标签</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/segments/tags_dialog.py" line="45"/>
        <source>Space ticks or unticks the tag under the cursor; Enter saves.</source>
        <translation>空格键勾选或取消当前标签；回车保存。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/segments/tags_dialog.py" line="49"/>
        <source>New tags, separated by commas</source>
        <translation>新标签，用逗号分隔</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/segments/tags_dialog.py" line="54"/>
        <source>The store has no tags yet: type new ones below.</source>
        <translation>本店还没有标签：请在下方填写新标签。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/segments/tags_dialog.py" line="56"/>
        <source>The store has no tags yet: the manager adds them under Members → Tags.</source>
        <translation>本店还没有标签：请店长在“会员 → 标签”中添加。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/segments/tags_dialog.py" line="63"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/segments/tags_dialog.py" line="65"/>
        <source>Save tags</source>
        <translation>保存标签</translation>
    </message>
</context>
<context>
    <name>SegmentEditor</name>
    <message>
        <location filename="../../desktop/memberdesk/ui/segments/segment_editor.py" line="18"/>
        <source>Important value (recent, frequent, big)</source>
        <translation>重要价值客户（近期、常来、高消费）</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/segments/segment_editor.py" line="19"/>
        <source>Important to develop</source>
        <translation>重要发展客户</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/segments/segment_editor.py" line="20"/>
        <source>Important to keep</source>
        <translation>重要保持客户</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/segments/segment_editor.py" line="21"/>
        <source>Important to win back</source>
        <translation>重要挽留客户</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/segments/segment_editor.py" line="22"/>
        <source>General value</source>
        <translation>一般价值客户</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/segments/segment_editor.py" line="23"/>
        <source>General to develop</source>
        <translation>一般发展客户</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/segments/segment_editor.py" line="24"/>
        <source>General to keep</source>
        <translation>一般保持客户</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/segments/segment_editor.py" line="25"/>
        <source>General to win back</source>
        <translation>一般挽留客户</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/segments/segment_editor.py" line="48"/>
        <source>Any of these tags, e.g. 孕妈，学生</source>
        <translation>带其中任一标签，如 孕妈，学生</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/segments/segment_editor.py" line="50"/>
        <source>All of these tags</source>
        <translation>同时带这些标签</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/segments/segment_editor.py" line="56"/>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/segments/segment_editor.py" line="64"/>
        <source>e.g. 童装</source>
        <translation>如 童装</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/segments/segment_editor.py" line="70"/>
        <source>Sizes, e.g. 37，38</source>
        <translation>尺码，如 37，38</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/segments/segment_editor.py" line="73"/>
        <source>Consented</source>
        <translation>已同意</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/segments/segment_editor.py" line="73"/>
        <source>Not consented</source>
        <translation>未同意</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/segments/segment_editor.py" line="84"/>
        <source>Tier</source>
        <translation>等级</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/segments/segment_editor.py" line="85"/>
        <source>Tags (any)</source>
        <translation>标签（任一）</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/segments/segment_editor.py" line="86"/>
        <source>Tags (all)</source>
        <translation>标签（全部）</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/segments/segment_editor.py" line="87"/>
        <source>RFM segment</source>
        <translation>RFM 客户分类</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/segments/segment_editor.py" line="88"/>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/segments/segment_editor.py" line="89"/>
        <source>No visit for days</source>
        <translation>未到店天数</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/segments/segment_editor.py" line="90"/>
        <source>Spent at least</source>
        <translation>消费至少</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/segments/segment_editor.py" line="91"/>
        <source>Visits at least</source>
        <translation>到店至少（次）</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/segments/segment_editor.py" line="92"/>
        <source>Visits at most</source>
        <translation>到店至多（次）</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/segments/segment_editor.py" line="93"/>
        <source>Bought category</source>
        <translation>买过的品类</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/segments/segment_editor.py" line="94"/>
        <source>Birthday month</source>
        <translation>生日月份</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/segments/segment_editor.py" line="95"/>
        <source>A child turning at least</source>
        <translation>孩子今年满（岁）至少</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/segments/segment_editor.py" line="96"/>
        <source>… and at most</source>
        <translation>…… 至多</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/segments/segment_editor.py" line="97"/>
        <source>Size on file</source>
        <translation>登记的尺码</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/segments/segment_editor.py" line="98"/>
        <source>… one of</source>
        <translation>…… 为其中之一</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/segments/segment_editor.py" line="99"/>
        <source>Came via</source>
        <translation>入会来源</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/segments/segment_editor.py" line="100"/>
        <source>Target group</source>
        <translation>特别客群</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/segments/segment_editor.py" line="101"/>
        <source>Promotions</source>
        <translation>促销信息</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/segments/segment_editor.py" line="102"/>
        <source>Points at least</source>
        <translation>积分至少</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/segments/segment_editor.py" line="103"/>
        <source>Points at most</source>
        <translation>积分至多</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/segments/segment_editor.py" line="104"/>
        <source>Stored value at least</source>
        <translation>储值余额至少</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/segments/segment_editor.py" line="114"/>
        <source>Any</source>
        <translation>不限</translation>
    </message>
</context>
<context>
    <name>SegmentMembersModel</name>
    <message>
        <location filename="../../desktop/memberdesk/ui/segments/segment_model.py" line="85"/>
        <source>Card no.</source>
        <translation>卡号</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/segments/segment_model.py" line="86"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/segments/segment_model.py" line="87"/>
        <source>Phone</source>
        <translation>手机</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/segments/segment_model.py" line="88"/>
        <source>Tier</source>
        <translation>等级</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/segments/segment_model.py" line="89"/>
        <source>Lifetime spend</source>
        <translation>累计消费</translation>
    </message>
</context>
<context>
    <name>SegmentsDialog</name>
    <message>
        <location filename="../../desktop/memberdesk/ui/segments/segments_dialog.py" line="46"/>
        <source>Segments</source>
        <translation>会员分群</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/segments/segments_dialog.py" line="56"/>
        <source>Name to save the segment under</source>
        <translation>分群名称</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/segments/segments_dialog.py" line="72"/>
        <source>Show members</source>
        <translation>查看会员</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/segments/segments_dialog.py" line="75"/>
        <source>Save (Ctrl+S)</source>
        <translation>保存（Ctrl+S）</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/segments/segments_dialog.py" line="79"/>
        <source>Promotion list…</source>
        <translation>促销名单…</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/segments/segments_dialog.py" line="82"/>
        <source>Campaigns… (Ctrl+K)</source>
        <translation>营销活动… (Ctrl+K)</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/segments/segments_dialog.py" line="86"/>
        <source>Give a coupon… (Ctrl+Shift+G)</source>
        <translation>发券… (Ctrl+Shift+G)</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/segments/segments_dialog.py" line="90"/>
        <source>Everyone, not only who consented to promotions</source>
        <translation>全部会员（不限于同意接收促销的）</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/segments/segments_dialog.py" line="91"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/segments/segments_dialog.py" line="103"/>
        <source>Saved:</source>
        <translation>已保存：</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/segments/segments_dialog.py" line="156"/>
        <source>Counting…</source>
        <translation>正在统计…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/memberdesk/ui/segments/segments_dialog.py" line="184"/>
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n 位会员</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/segments/segments_dialog.py" line="194"/>
        <source>(new segment)</source>
        <translation>（新分群）</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/segments/segments_dialog.py" line="227"/>
        <source>Saved as “%1”.</source>
        <translation>已保存为“%1”。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/segments/segments_dialog.py" line="251"/>
        <source>Save the segment first: a coupon goes to a saved segment.</source>
        <translation>请先保存分群：券只发给已保存的分群。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/segments/segments_dialog.py" line="258"/>
        <source>segment</source>
        <translation>会员分群</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/segments/segments_dialog.py" line="260"/>
        <source>Promotion list</source>
        <translation>促销名单</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/segments/segments_dialog.py" line="260"/>
        <source>Excel (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/memberdesk/ui/segments/segments_dialog.py" line="275"/>
        <source>%n member(s) written to the file.</source>
        <translation>
            <numerusform>已导出 %n 位会员。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/memberdesk/ui/segments/segments_dialog.py" line="277"/>
        <source>%n left out: no consent to promotions.</source>
        <translation>
            <numerusform>%n 位未同意接收促销，未导出。</numerusform>
        </translation>
    </message>
</context>
</TS>
