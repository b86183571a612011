<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>CounterPage</name>
    <message>
        <location filename="../../desktop/memberdesk/ui/pages/counter.py" line="54"/>
        <source>Phone, last 4 digits, card no., name or pinyin</source>
        <translation>手机号、尾号、卡号、姓名或拼音</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/pages/counter.py" line="78"/>
        <source>Enrol new member (F3)</source>
        <translation>新会员入会 (F3)</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/pages/counter.py" line="94"/>
        <source>Scan a card or type in the box to recognise a member.</source>
        <translation>刷会员卡，或在左侧输入框中输入以识别会员。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/pages/counter.py" line="134"/>
        <source>Counter</source>
        <translation>服务台</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/memberdesk/ui/pages/counter.py" line="160"/>
        <source>%n member(s) found</source>
        <translation>
            <numerusform>找到 %n 位会员</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/pages/counter.py" line="162"/>
        <source>No member found.</source>
        <translation>没有找到会员。</translation>
    </message>
</context>
<context>
    <name>EnrolDialog</name>
    <message>
        <location filename="../../desktop/memberdesk/ui/enrol_dialog.py" line="81"/>
        <source>Edit member</source>
        <translation>修改会员资料</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/enrol_dialog.py" line="81"/>
        <source>Enrol new member</source>
        <translation>新会员入会</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/enrol_dialog.py" line="141"/>
        <source>Scan a card, or leave empty to assign the next number</source>
        <translation>刷卡录入，或留空自动分配卡号</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/enrol_dialog.py" line="143"/>
        <source>YYYY-MM-DD, optional</source>
        <translation>年-月-日，可不填</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/enrol_dialog.py" line="144"/>
        <source>Celebrates the lunar birthday</source>
        <translation>过农历生日</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/enrol_dialog.py" line="217"/>
        <location filename="../../desktop/memberdesk/ui/enrol_dialog.py" line="227"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/enrol_dialog.py" line="217"/>
        <source>Boy / girl</source>
        <translation>男孩 / 女孩</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/enrol_dialog.py" line="230"/>
        <source>Birthday YYYY-MM-DD</source>
        <translation>生日 年-月-日</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/enrol_dialog.py" line="159"/>
        <source>Agrees to receive greetings and promotion news</source>
        <translation>同意接收节日问候和促销信息</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/enrol_dialog.py" line="83"/>
        <source>Member</source>
        <translation>会员</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/enrol_dialog.py" line="84"/>
        <source>Details and sizes</source>
        <translation>详细资料与尺码</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/enrol_dialog.py" line="97"/>
        <source>Sensitive information…</source>
        <translation>敏感信息…</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/enrol_dialog.py" line="99"/>
        <source>Erase member data…</source>
        <translation>删除会员个人信息…</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/enrol_dialog.py" line="152"/>
        <source>Find the referrer</source>
        <translation>查找介绍人</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/enrol_dialog.py" line="153"/>
        <source>Referrer: phone, last 4, card no. or name, then Enter</source>
        <translation>介绍人：输入手机号、尾号、卡号或姓名，按回车查找</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/enrol_dialog.py" line="163"/>
        <source>Phone *</source>
        <translation>手机 *</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/enrol_dialog.py" line="164"/>
        <source>Name *</source>
        <translation>姓名 *</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/enrol_dialog.py" line="165"/>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/enrol_dialog.py" line="166"/>
        <source>Card no.</source>
        <translation>卡号</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/enrol_dialog.py" line="170"/>
        <location filename="../../desktop/memberdesk/ui/enrol_dialog.py" line="217"/>
        <location filename="../../desktop/memberdesk/ui/enrol_dialog.py" line="384"/>
        <source>Birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/enrol_dialog.py" line="171"/>
        <source>Came through</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/enrol_dialog.py" line="172"/>
        <source>Partner / group</source>
        <translation>合作单位 / 客群</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/enrol_dialog.py" line="176"/>
        <source>Referring member</source>
        <translation>介绍会员</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/enrol_dialog.py" line="177"/>
        <source>Referring staff</source>
        <translation>介绍员工</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/enrol_dialog.py" line="204"/>
        <source>Email</source>
        <translation>电子邮箱</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/enrol_dialog.py" line="205"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/enrol_dialog.py" line="206"/>
        <source>Occupation</source>
        <translation>职业</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/enrol_dialog.py" line="207"/>
        <source>Hobbies</source>
        <translation>爱好</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/enrol_dialog.py" line="208"/>
        <source>Skin type</source>
        <translation>肤质</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/enrol_dialog.py" line="209"/>
        <source>Hair type</source>
        <translation>发质</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/enrol_dialog.py" line="210"/>
        <source>Sizes</source>
        <translation>尺码</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/enrol_dialog.py" line="85"/>
        <source>Children</source>
        <translation>子女</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/enrol_dialog.py" line="211"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/enrol_dialog.py" line="92"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/enrol_dialog.py" line="360"/>
        <source>%1: write the date as YYYY-MM-DD.</source>
        <translation>%1：日期请写成 年-月-日（如 1990-05-31）。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/enrol_dialog.py" line="376"/>
        <source>Child</source>
        <translation>孩子</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/enrol_dialog.py" line="456"/>
        <source>Save anyway</source>
        <translation>仍然保存</translation>
    </message>
</context>
<context>
    <name>HitsModel</name>
    <message>
        <location filename="../../desktop/memberdesk/ui/hits_model.py" line="62"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/hits_model.py" line="63"/>
        <source>Phone</source>
        <translation>手机</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/hits_model.py" line="64"/>
        <source>Card no.</source>
        <translation>卡号</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/hits_model.py" line="65"/>
        <source>Tier</source>
        <translation>等级</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/hits_model.py" line="66"/>
        <source>Last visit</source>
        <translation>最近到店</translation>
    </message>
</context>
<context>
    <name>MemberCardView</name>
    <message>
        <location filename="../../desktop/memberdesk/ui/member_card.py" line="80"/>
        <source>Phone</source>
        <translation>手机</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/member_card.py" line="81"/>
        <source>Card no.</source>
        <translation>卡号</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/member_card.py" line="82"/>
        <source>Points</source>
        <translation>积分</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/member_card.py" line="83"/>
        <source>Member since</source>
        <translation>入会日期</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/member_card.py" line="84"/>
        <source>Came through</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/member_card.py" line="85"/>
        <source>Sizes</source>
        <translation>尺码</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/member_card.py" line="86"/>
        <source>Skin / hair</source>
        <translation>肤/发质</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/member_card.py" line="87"/>
        <source>Occupation</source>
        <translation>职业</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/member_card.py" line="88"/>
        <source>Hobbies</source>
        <translation>爱好</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/member_card.py" line="89"/>
        <source>Children</source>
        <translation>子女</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/member_card.py" line="90"/>
        <source>Lifetime spend</source>
        <translation>累计消费</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/member_card.py" line="93"/>
        <source>Last purchases</source>
        <translation>最近购买</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/member_card.py" line="94"/>
        <location filename="../../desktop/memberdesk/ui/member_card.py" line="118"/>
        <source>After-sales</source>
        <translation>售后服务</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/member_card.py" line="95"/>
        <source>Latest care</source>
        <translation>最近关怀</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/member_card.py" line="96"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/member_card.py" line="120"/>
        <source>Show number</source>
        <translation>显示号码</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/member_card.py" line="133"/>
        <source>Sensitive information…</source>
        <translation>敏感信息…</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/member_card.py" line="258"/>
        <source> (%1)</source>
        <translation>（%1）</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/member_card.py" line="285"/>
        <source>On file, hidden</source>
        <translation>已登记（隐藏）</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/member_card.py" line="288"/>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/member_card.py" line="296"/>
        <source>returned %1</source>
        <translation>已退 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/member_card.py" line="305"/>
        <source>Alteration</source>
        <translation>修改</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/member_card.py" line="306"/>
        <source>Repair</source>
        <translation>维修</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/member_card.py" line="307"/>
        <source>Installation</source>
        <translation>安装</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/member_card.py" line="308"/>
        <source>Home visit</source>
        <translation>上门服务</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/member_card.py" line="313"/>
        <source>Waiting</source>
        <translation>待处理</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/member_card.py" line="314"/>
        <source>In progress</source>
        <translation>处理中</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/member_card.py" line="315"/>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/member_card.py" line="316"/>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/member_card.py" line="322"/>
        <source>promised %1</source>
        <translation>约定 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/member_card.py" line="345"/>
        <source>Mark done</source>
        <translation>标记完成</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/member_card.py" line="346"/>
        <source>Cancel it</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/member_card.py" line="374"/>
        <source>Cancel after-sales</source>
        <translation>取消售后服务</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/member_card.py" line="375"/>
        <source>Cancel this after-sales promise?</source>
        <translation>确定取消这项售后服务吗？</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/member_card.py" line="158"/>
        <source>Edit member (F4)</source>
        <translation>修改资料 (F4)</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/member_card.py" line="91"/>
        <source>Visits</source>
        <translation>到店次数</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/member_card.py" line="92"/>
        <source>Last visit</source>
        <translation>最近到店</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/member_card.py" line="227"/>
        <source>lunar</source>
        <translation>农历</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/member_card.py" line="227"/>
        <source>solar</source>
        <translation>公历</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/member_card.py" line="230"/>
        <source>Birthday this week: %1 (%2)</source>
        <translation>本周生日：%1（%2）</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/memberdesk/ui/member_card.py" line="235"/>
        <source>%1&apos;s birthday in %n day(s)</source>
        <translation>
            <numerusform>%1的生日还有 %n 天</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/memberdesk/ui/member_card.py" line="238"/>
        <source>Not seen for %n day(s)</source>
        <translation>
            <numerusform>已 %n 天未到店</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/memberdesk/ui/member_card.py" line="206"/>
        <source>%n open complaint(s)</source>
        <translation>
            <numerusform>%n 件投诉未结</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/member_card.py" line="243"/>
        <source>After-sales overdue since %1</source>
        <translation>售后服务已逾期（应于 %1）</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/member_card.py" line="243"/>
        <source>After-sales due %1</source>
        <translation>售后服务 %1 到期</translation>
    </message>
</context>
<context>
    <name>MemberLabels</name>
    <message>
        <location filename="../../desktop/memberdesk/ui/member_labels.py" line="15"/>
        <source>Regular</source>
        <translation>普通会员</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/member_labels.py" line="16"/>
        <source>Silver</source>
        <translation>银卡</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/member_labels.py" line="17"/>
        <source>Gold</source>
        <translation>金卡</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/member_labels.py" line="18"/>
        <source>VIP</source>
        <translation>VIP</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/member_labels.py" line="24"/>
        <source>Female</source>
        <translation>女</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/member_labels.py" line="25"/>
        <source>Male</source>
        <translation>男</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/member_labels.py" line="26"/>
        <source>Not given</source>
        <translation>未填</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/member_labels.py" line="32"/>
        <source>Word of mouth</source>
        <translation>口碑</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/member_labels.py" line="33"/>
        <source>Partner promotion</source>
        <translation>联合促销</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/member_labels.py" line="34"/>
        <source>Staff referral / group-buy card</source>
        <translation>员工介绍 / 团购卡</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/member_labels.py" line="35"/>
        <source>Member referral</source>
        <translation>老会员介绍</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/member_labels.py" line="36"/>
        <source>Target group</source>
        <translation>特别客群</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/member_labels.py" line="37"/>
        <source>Walked in</source>
        <translation>自然到店</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/member_labels.py" line="38"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/member_labels.py" line="44"/>
        <source>Bank</source>
        <translation>银行</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/member_labels.py" line="45"/>
        <source>Mobile operator</source>
        <translation>移动运营商</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/member_labels.py" line="46"/>
        <source>Gym</source>
        <translation>健身房</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/member_labels.py" line="47"/>
        <source>Hotel</source>
        <translation>酒店</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/member_labels.py" line="48"/>
        <source>Other partner</source>
        <translation>其他合作单位</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/member_labels.py" line="54"/>
        <source>Community</source>
        <translation>社区</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/member_labels.py" line="55"/>
        <source>Students</source>
        <translation>学生</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/member_labels.py" line="56"/>
        <source>Teachers</source>
        <translation>教师</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/member_labels.py" line="57"/>
        <source>Partner business</source>
        <translation>合作企业</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/member_labels.py" line="72"/>
        <source>Tops</source>
        <translation>上装</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/member_labels.py" line="73"/>
        <source>Bottoms</source>
        <translation>下装</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/member_labels.py" line="74"/>
        <source>Dresses</source>
        <translation>裙装</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/member_labels.py" line="75"/>
        <source>Shoes</source>
        <translation>鞋</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/member_labels.py" line="76"/>
        <source>Bra</source>
        <translation>内衣</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/member_labels.py" line="77"/>
        <source>Children&apos;s</source>
        <translation>童装</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/member_labels.py" line="83"/>
        <source>Daughter</source>
        <translation>女儿</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/member_labels.py" line="84"/>
        <source>Son</source>
        <translation>儿子</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/member_labels.py" line="85"/>
        <source>Child</source>
        <translation>孩子</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/memberdesk/ui/member_labels.py" line="91"/>
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n个月</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/memberdesk/ui/member_labels.py" line="92"/>
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n岁</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/member_labels.py" line="113"/>
        <source>dry skin</source>
        <translation>干性</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/member_labels.py" line="114"/>
        <source>oily skin</source>
        <translation>油性</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/member_labels.py" line="115"/>
        <source>combination skin</source>
        <translation>混合性</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/member_labels.py" line="116"/>
        <source>normal skin</source>
        <translation>中性</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/member_labels.py" line="117"/>
        <source>sensitive skin</source>
        <translation>敏感性</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/member_labels.py" line="118"/>
        <source>straight hair</source>
        <translation>直发</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/member_labels.py" line="119"/>
        <source>curly hair</source>
        <translation>卷发</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/member_labels.py" line="120"/>
        <source>fine, soft hair</source>
        <translation>细软</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/member_labels.py" line="121"/>
        <source>coarse hair</source>
        <translation>粗硬</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/member_labels.py" line="122"/>
        <source>hair damaged by perms and dye</source>
        <translation>烫染受损</translation>
    </message>
</context>
<context>
    <name>SensitiveDialog</name>
    <message>
        <location filename="../../desktop/memberdesk/ui/sensitive_dialog.py" line="26"/>
        <source>Sensitive information</source>
        <translation>敏感信息</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/sensitive_dialog.py" line="29"/>
        <source>Stored only with the member&apos;s consent; every view is recorded in the audit log.</source>
        <translation>仅在会员同意后保存；每次查看都会记入审计日志。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/sensitive_dialog.py" line="33"/>
        <source>The member consents to storing this information</source>
        <translation>会员同意保存以下信息</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/sensitive_dialog.py" line="38"/>
        <source>Ethnicity</source>
        <translation>民族</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/sensitive_dialog.py" line="39"/>
        <source>Religion</source>
        <translation>宗教</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/sensitive_dialog.py" line="40"/>
        <source>Income</source>
        <translation>收入</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/sensitive_dialog.py" line="52"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/sensitive_dialog.py" line="53"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
</TS>
